import { describe, expect, it } from 'vitest';
import {
  ASSUMED_EQUIPMENT_HINT, COLLECTION_KIND, KIND_COLLECTION, SECTION_PATHS, equipmentAlternativesLabel, sectionHref,
} from '../../../../src/lib/content/vocabulary';
import { entryUrl, moveUrl } from '../../../../src/lib/content/urls';

describe('vocabulary', () => {
  it('words the builder hint from the assumed items', () => {
    expect(ASSUMED_EQUIPMENT_HINT).toBe('A wall, a chair, a doorway and floor space are assumed.');
  });

  it('words equipment alternatives: sets joined by "+", alternatives by "or", [] as no equipment', () => {
    expect(equipmentAlternativesLabel([['cable'], ['band']])).toBe('Cable machine, or Resistance band');
    expect(equipmentAlternativesLabel([['dumbbells', 'bench']])).toBe('Dumbbells + Bench');
    expect(equipmentAlternativesLabel([[]])).toBe('No equipment');
  });

  it('gives each section its URL folder, and each move kind its section and back', () => {
    expect(SECTION_PATHS).toEqual({ muscles: 'muscles', warmups: 'warm-ups', exercises: 'exercises', stretches: 'stretches', guides: 'guides' });
    expect(sectionHref('warmups')).toBe('/warm-ups/');
    expect(entryUrl('guides', 'safety')).toBe('/guides/safety/');
    expect(moveUrl('warmup', 'arm-circles')).toBe('/warm-ups/arm-circles/');
    expect(moveUrl('stretch', 'doorway-pec-stretch')).toBe('/stretches/doorway-pec-stretch/');
    for (const [kind, collection] of Object.entries(KIND_COLLECTION)) expect(COLLECTION_KIND[collection]).toBe(kind);
  });
});
