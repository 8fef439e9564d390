/** <search-shortcut>: / or Ctrl/Cmd+K opens search from any page (markup: SearchButton.astro). */
class SearchShortcut extends HTMLElement {
  connectedCallback() {
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      const command = event.ctrlKey || event.metaKey;
      const slash = event.key === '/' && !typing && !command;
      const ctrlK = command && event.key.toLowerCase() === 'k';
      if (event.altKey || !(slash || ctrlK)) return;
      event.preventDefault();
      const input = document.querySelector<HTMLInputElement>('search-app input[name="q"]');
      if (input) {
        input.focus();
        input.select();
      } else location.assign('/search/');
    });
  }
}
customElements.define('search-shortcut', SearchShortcut);
