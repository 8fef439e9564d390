/**
 * <routine-builder>: the builder's first script (light DOM). The page renders the default plan
 * (RoutineBuilder.astro), so a bare /routine/ needs no code until it is used: this enables the
 * controls and loads the builder (builder-core.ts, with the routine engine the player shares) on
 * the first change or click, or at once when the link carries a plan to show.
 */
import type { BuilderCore } from './builder-core';

class RoutineBuilder extends HTMLElement {
  private core?: Promise<BuilderCore>;

  connectedCallback() {
    if (this.core) return;
    for (const el of this.querySelectorAll<HTMLButtonElement | HTMLFieldSetElement>('fieldset[data-control], button')) el.disabled = false;
    this.querySelector<HTMLInputElement>('#rb-link')!.addEventListener('focus', (event) => (event.target as HTMLInputElement).select());
    this.addEventListener('change', (event) => void this.load().then((core) => core.onChange(event)));
    this.addEventListener('click', (event) => {
      if ((event.target as Element).closest('button')) void this.load().then((core) => core.onClick(event));
    });
    if (location.search) void this.load().then(() => (this.dataset.ready = ''));
    else this.dataset.ready = '';
  }

  private load(): Promise<BuilderCore> {
    return (this.core ??= import('./builder-core').then(({ BuilderCore }) => new BuilderCore(this)));
  }
}

customElements.define('routine-builder', RoutineBuilder);
