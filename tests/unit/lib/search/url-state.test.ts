import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyState, hasCriteria, MAX_QUERY_LENGTH, parseExcerpt, parseSearchParams, toPagefindFilters, toSearchParams } from '../../../../src/lib/search/url-state';
import { FACETS } from '../../../../src/lib/search/index-terms';

const value = fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.trim()).filter((s) => s.length > 0);
const stateArb = fc.record({
  query: fc.string({ maxLength: 60 }).map((s) => s.replace(/\s+/g, ' ').trim()),
  filters: fc.record(Object.fromEntries(FACETS.map((f) => [f, fc.uniqueArray(value, { maxLength: 4 })])) as Record<(typeof FACETS)[number], fc.Arbitrary<string[]>>),
});

describe('search URL state', () => {
  it('round-trips any state through the URL (property)', () => {
    fc.assert(fc.property(stateArb, (state) => {
      expect(parseSearchParams(toSearchParams(state))).toEqual(state);
    }));
  });

  it('reads q and the facets, ignores other parameters and blanks, and de-duplicates', () => {
    const state = parseSearchParams('?q=++rear+delts+&muscle=Trapezius&muscle=Trapezius&muscle=&type=Stretch&utm=x');
    expect(state).toEqual({ query: 'rear delts', filters: { muscle: ['Trapezius'], type: ['Stretch'], equipment: [], level: [] } });
  });

  it('cuts an overlong query instead of failing', () => {
    expect(parseSearchParams(`?q=${'a'.repeat(500)}`).query).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('writes nothing for an empty state and knows it has no criteria', () => {
    expect(toSearchParams(emptyState())).toBe('');
    expect(hasCriteria(emptyState())).toBe(false);
    expect(hasCriteria(parseSearchParams('?level=Beginner'))).toBe(true);
  });

  it('asks Pagefind for any value within a facet and leaves empty facets out', () => {
    expect(toPagefindFilters(parseSearchParams('?level=Beginner&level=Advanced&type=Exercise'))).toEqual({
      type: { any: ['Exercise'] },
      level: { any: ['Beginner', 'Advanced'] },
    });
    expect(toPagefindFilters(parseSearchParams('?level=Beginner&type=Exercise'), 'level')).toEqual({ type: { any: ['Exercise'] } });
  });
});

describe('excerpt parsing', () => {
  it('splits marked and plain text and decodes entities into text', () => {
    expect(parseExcerpt('a &lt;b&gt; <mark>row</mark> &amp; c&#39;s')).toEqual([
      { text: 'a <b> ', marked: false },
      { text: 'row', marked: true },
      { text: " & c's", marked: false },
    ]);
  });

  it('keeps any other tag as literal text and loses no character (property)', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const noEntities = text.replace(/&/g, '');
      const joined = parseExcerpt(noEntities).map((p) => p.text).join('');
      expect(joined).toBe(noEntities.replace(/<\/?mark>/g, ''));
    }));
  });
});
