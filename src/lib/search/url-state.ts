/**
 * The search page's state as it lives in the URL (?q=...&muscle=...&type=...), so a search can
 * be linked and the back button restores it. Pure: no DOM, tested in Node.
 */
import { FACETS, type Facet } from './index-terms';

export interface SearchState {
  query: string;
  filters: Record<Facet, string[]>;
}

/** Longer input is cut rather than rejected: a pasted paragraph still searches its start. */
export const MAX_QUERY_LENGTH = 200;
const MAX_VALUES_PER_FACET = 50;

export function emptyState(): SearchState {
  return { query: '', filters: { muscle: [], type: [], equipment: [], level: [] } };
}

/** Reads a query string; unknown parameters are ignored, repeated values de-duplicated. */
export function parseSearchParams(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyState();
  state.query = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  for (const facet of FACETS) {
    const values = params
      .getAll(facet)
      .map((value) => value.trim())
      .filter((value) => value.length > 0 && value.length <= 100);
    state.filters[facet] = [...new Set(values)].slice(0, MAX_VALUES_PER_FACET);
  }
  return state;
}

/** Writes the state as a query string ("" when empty), facets in a stable order. */
export function toSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query) params.set('q', query);
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasCriteria(state: SearchState): boolean {
  return state.query.trim().length > 0 || FACETS.some((facet) => state.filters[facet].length > 0);
}

/**
 * Pagefind's filter object: any of the chosen values within a facet, all facets together.
 * Facets with nothing chosen are left out, and so is `except`: a facet's option counts come from
 * a search without that facet's own choices, since ticking one more value widens the results.
 */
export function toPagefindFilters(state: SearchState, except?: Facet): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const facet of FACETS) {
    if (facet !== except && state.filters[facet].length) filters[facet] = { any: [...state.filters[facet]] };
  }
  return filters;
}

export type ExcerptPart = { text: string; marked: boolean };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/**
 * Splits a Pagefind excerpt ("text with <mark>words</mark>") into plain text parts, so the page
 * can build it with text nodes and <mark> elements and never parse HTML from the index.
 * Any other tag-like text stays literal text.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const decode = (text: string) => text.replace(/&(#?\w+);/g, (whole, name: string) => {
    if (ENTITIES[name] !== undefined) return ENTITIES[name];
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? (/^#(\d+)$/.exec(name)?.[1]);
    if (code === undefined) return whole;
    const point = name.startsWith('#x') || name.startsWith('#X') ? parseInt(code, 16) : parseInt(code, 10);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: decode(piece), marked });
  }
  return parts;
}
