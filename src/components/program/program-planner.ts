/**
 * <program-planner>: /program/'s behaviour. On arrival it only listens: the program code (the
 * engine, the log, the calendar) loads on use, when the link or the device holds a program other
 * than the page's default, or when an answer changes (planner.ts).
 */
import { PROGRAM_KEY } from '../../lib/progress/program-key';

type Planner = typeof import('./planner');

class ProgramPlanner extends HTMLElement {
  private planner?: Promise<Planner>;

  private load(): Promise<Planner> {
    return (this.planner ??= import('./planner'));
  }

  connectedCallback() {
    this.querySelector<HTMLElement>('[data-actions]')!.hidden = false;
    this.querySelector('[data-program-form]')!.addEventListener('change', () => this.load().then((p) => p.onChange(this)));
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-act]');
      if (button) this.load().then((p) => p.onAct(this, button.dataset.act!));
    });
    let saved = false;
    try {
      saved = localStorage.getItem(PROGRAM_KEY) !== null;
    } catch {
      // Storage blocked: nothing saved to show.
    }
    if (location.search.length > 1 || saved) this.load().then((p) => p.onArrive(this));
    else this.dataset.ready = '';
  }
}

customElements.define('program-planner', ProgramPlanner);
