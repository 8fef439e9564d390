import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryHref, termsIn } from '../../../../src/lib/content/glossary';

describe('glossary', () => {
  it('finds each word in any of its forms, in glossary order', () => {
    expect(termsIn(['Brace your stomach.', 'Step back into a high plank.']).map((t) => t.id)).toEqual(['brace', 'high-plank']);
    expect(termsIn(['Keep the same hinge.', 'lightly braced']).map((t) => t.id)).toEqual(['brace', 'hinge']);
    expect(termsIn(['If you are new to hinging']).map((t) => t.id)).toEqual(['hinge']);
  });
  it('does not match other words that contain the letters', () => {
    expect(termsIn(['a bracelet'])).toEqual([]);
    expect(termsIn(['a plank on your knees'])).toEqual([]);
  });
  it('links every word to its anchor on the glossary guide', () => {
    for (const entry of GLOSSARY) expect(glossaryHref(entry.id)).toBe(`/guides/glossary/#term-${entry.id}`);
  });
});
