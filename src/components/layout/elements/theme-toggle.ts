/** <theme-toggle>: the light/dark switch in the header (markup: ThemeToggle.astro). */
const KEY = 'upright-theme';
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!; // ThemeToggle.astro always renders it
    const root = document.documentElement;
    const systemDark = matchMedia('(prefers-color-scheme: dark)');
    const isDark = () => (root.dataset.theme ?? (systemDark.matches ? 'dark' : 'light')) === 'dark';
    const sync = () => button.setAttribute('aria-pressed', String(isDark()));
    button.onclick = () => {
      const next = isDark() ? 'light' : 'dark';
      root.dataset.theme = next;
      try { localStorage.setItem(KEY, next); } catch { /* private mode: the choice lasts this page */ }
      sync();
    };
    systemDark.onchange = sync;
    sync();
  }
}
customElements.define('theme-toggle', ThemeToggle);
