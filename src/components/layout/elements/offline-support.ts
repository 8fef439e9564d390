/**
 * <offline-support>: registers the offline worker (dist/sw.js) and hands over to a new version
 * without mixing two builds in one page: a waiting version takes over on the next same-site link
 * followed, or at once from the notice's Reload button (markup: OfflineSupport.astro).
 */
class OfflineSupport extends HTMLElement {
  async connectedCallback() {
    const sw = navigator.serviceWorker;
    // The worker script itself is never taken from the HTTP cache (the browser's default for it).
    const registration = await sw?.register('/sw.js').catch(() => undefined);
    if (!registration) return; // No worker here (the dev server): the site works online as before.
    // Only a version waiting behind a controlling one is an update (the first install is not).
    const waiting = () => sw.controller && registration.waiting;
    // The waiting version takes over first, so the page loaded next is wholly the new build's.
    const takeOver = (go: () => void) => {
      const worker = waiting();
      if (!worker) return go();
      let gone = false;
      const once = () => void (gone || ((gone = true), go()));
      sw.oncontrollerchange = once;
      // A worker that never answers must not trap the page, but a slow one (a busy phone, a
      // worker woken from sleep) must still take over: leaving early would load the old build.
      setTimeout(once, 10e3);
      worker.postMessage({ type: 'SKIP_WAITING' });
    };
    const offer = () => {
      if (waiting()) this.hidden = false;
    };
    this.querySelector('button')!.onclick = () => takeOver(() => location.reload());
    registration.onupdatefound = () => registration.installing?.addEventListener('statechange', offer);
    offer();
    addEventListener('click', (event) => {
      const link = (event.target as Element).closest?.('a[href]') as HTMLAnchorElement | null;
      // A plain click only: a modified one opens a new tab or window, which the new version serves whole anyway.
      const plain = !(event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.defaultPrevented);
      if (!waiting() || !plain || !link || link.origin != location.origin || link.target || link.download) return;
      event.preventDefault();
      takeOver(() => location.assign(link.href));
    });
  }
}
customElements.define('offline-support', OfflineSupport);
