/**
 * The search page's behaviour, on the Pagefind JS API: reads the URL, runs the search, renders
 * results with DOM APIs only (never HTML from the URL, the input or the index), and keeps the URL
 * in step so a search can be linked and the back button restores it.
 */
import { FACETS, type Facet } from '../../lib/search/index-terms';
import { hasCriteria, parseExcerpt, parseSearchParams, toPagefindFilters, toSearchParams, type SearchState } from '../../lib/search/url-state';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init?: () => Promise<void>;
  options?: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options?: { filters?: unknown }) => Promise<PagefindResponse | null>;
  filters?: () => Promise<Record<string, Record<string, number>>>;
  preload?: (query: string) => Promise<void>;
}

const PAGE_SIZE = 20;
let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A URL the bundler must not resolve: the index is written after the site is built.
  const url = new URL('/pagefind/pagefind.js', window.location.origin).href;
  pagefindPromise ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options?.({ excerptLength: 24, metaCacheTag: __UPRIGHT_BUILD_ID__ });
    await pagefind.init?.();
    // Loads the filter index, without which results carry no per-option counts.
    await pagefind.filters?.();
    return pagefind;
  });
  return pagefindPromise;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderExcerpt(excerpt: string): HTMLParagraphElement {
  const paragraph = element('p', 'm-0 mt-1 text-sm search-excerpt');
  for (const part of parseExcerpt(excerpt)) {
    paragraph.append(part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  }
  return paragraph;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'card');
  item.dataset.url = data.url;
  const heading = element('h2', 'm-0 text-lg font-semibold');
  const link = element('a', undefined, data.meta.title ?? data.url);
  // Only site-relative links from our own index; anything else is shown as text.
  if (data.url.startsWith('/')) link.href = data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta.type) {
    const type = element('p', 'm-0 mt-1');
    type.append(element('span', 'chip', data.meta.type));
    item.append(type);
  }
  if (data.meta.summary) item.append(element('p', 'm-0 mt-1 text-muted', data.meta.summary));
  if (data.excerpt) item.append(renderExcerpt(data.excerpt));
  return item;
}

export class SearchApp extends HTMLElement {
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private facets!: HTMLDetailsElement;
  private run = 0;
  private pending: PagefindResponse['results'] = [];
  private lastUrl = '';

  connectedCallback() {
    const find = <T extends Element>(selector: string) => {
      const found = this.querySelector<T>(selector);
      if (!found) throw new Error(`search page is missing ${selector}`);
      return found;
    };
    this.form = find('form');
    this.input = find('input[name="q"]');
    this.status = find('[data-search-status]');
    this.list = find('[data-search-results]');
    this.more = find('[data-search-more]');
    this.facets = find('[data-search-facets]');

    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.update('push');
    });
    this.input.addEventListener('input', () => void this.update('replace'));
    this.form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).type === 'checkbox') void this.update('push');
    });
    find<HTMLButtonElement>('[data-search-clear]').addEventListener('click', () => {
      for (const box of this.checkboxes()) box.checked = false;
      void this.update('push');
    });
    this.more.addEventListener('click', () => {
      this.dataset.busy = 'true';
      void this.showMore().finally(() => delete this.dataset.busy);
    });
    window.addEventListener('popstate', () => this.restore());
    this.restore();
    this.input.focus();
    this.dataset.ready = 'true';
  }

  private checkboxes(): HTMLInputElement[] {
    return [...this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  private readForm(): SearchState {
    const params = new URLSearchParams();
    params.set('q', this.input.value);
    for (const box of this.checkboxes()) if (box.checked) params.append(box.name, box.value);
    return parseSearchParams(params);
  }

  /** Puts the URL's query and filters into the form, then searches. */
  private restore() {
    const state = parseSearchParams(window.location.search);
    this.input.value = state.query;
    for (const box of this.checkboxes()) box.checked = state.filters[box.name as Facet]?.includes(box.value) ?? false;
    if (FACETS.some((facet) => state.filters[facet].length)) this.facets.open = true;
    this.lastUrl = toSearchParams(state);
    void this.search(state);
  }

  private async update(history: 'push' | 'replace') {
    const state = this.readForm();
    const url = toSearchParams(state);
    if (url !== this.lastUrl) {
      const target = `${window.location.pathname}${url}`;
      if (history === 'push') window.history.pushState(null, '', target);
      else window.history.replaceState(null, '', target);
      this.lastUrl = url;
    }
    await this.search(state);
  }

  private async search(state: SearchState) {
    const run = ++this.run;
    this.dataset.busy = 'true';
    if (!hasCriteria(state)) {
      this.list.replaceChildren();
      this.more.hidden = true;
      this.setStatus('Type a word, or choose a filter, to see results.');
      for (const count of this.querySelectorAll('[data-count]')) count.textContent = '';
      this.finish(run, state, 0);
      return;
    }
    let response: PagefindResponse | null;
    try {
      const pagefind = await loadPagefind();
      response = await pagefind.search(state.query || null, { filters: toPagefindFilters(state) });
    } catch (error) {
      if (run !== this.run) return;
      console.error(error);
      this.setStatus('Search could not load. Please reload the page and try again.');
      this.dataset.error = 'true';
      delete this.dataset.busy;
      return;
    }
    if (run !== this.run || !response) return; // a newer search has started
    this.pending = response.results.slice();
    this.list.replaceChildren();
    await this.showMore(run);
    if (run !== this.run) return;
    const total = response.results.length;
    const what = state.query ? ` for “${state.query}”` : '';
    this.setStatus(total === 0 ? `No results${what}. Try another word or fewer filters.` : `${total} result${total === 1 ? '' : 's'}${what}.`);
    this.finish(run, state, total);
    void this.updateCounts(run, state);
  }

  /** Each option's count: the results there would be with it ticked too (after the results show). */
  private async updateCounts(run: number, state: SearchState) {
    const pagefind = await loadPagefind();
    for (const facet of FACETS) {
      const response = await pagefind.search(state.query || null, { filters: toPagefindFilters(state, facet) });
      if (run !== this.run || !response) return;
      for (const box of this.checkboxes().filter((b) => b.name === facet)) {
        const count = response.filters[facet]?.[box.value] ?? 0;
        const label = box.closest('label')?.querySelector('[data-count]');
        if (label) label.textContent = `(${count})`;
      }
    }
  }

  private async showMore(run = this.run) {
    const batch = this.pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (run !== this.run) return;
    const first = this.list.children.length;
    this.list.append(...data.map(renderResult));
    this.more.hidden = this.pending.length === 0;
    // After "Show more", focus the first new result so keyboard users carry on from there.
    if (first > 0) this.list.children[first]?.querySelector('a')?.focus();
  }

  private setStatus(text: string) {
    this.status.textContent = text;
  }

  /** Marks the rendered state, for the tests and the latency benchmark. */
  private finish(run: number, state: SearchState, total: number) {
    this.dataset.query = state.query;
    this.dataset.total = String(total);
    this.dataset.run = String(run);
    delete this.dataset.busy;
    this.dispatchEvent(new CustomEvent('search:rendered', { detail: { query: state.query, total }, bubbles: true }));
  }
}
