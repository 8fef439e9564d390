import { describe, expect, it } from 'vitest';
import { layoutBodyMap } from '../../../../src/lib/body-map/layout';
import type { MapMuscle } from '../../../../src/lib/body-map/figure';

const MUSCLES: MapMuscle[] = [
  { id: 'rhomboids', title: 'Rhomboids', view: 'back', paths: ['M0 0 L1 1 Z'] },
  { id: 'trapezius', title: 'Trapezius', view: 'back', paths: ['M0 0 L2 2 Z'] },
  { id: 'core', title: 'Core', view: 'front', paths: ['M0 0 L3 3 Z'] },
];
const shapes = (layout: ReturnType<typeof layoutBodyMap>) => layout.views.flatMap((v) => v.muscles);

describe('layoutBodyMap', () => {
  it('with no highlight shows every view and links every muscle by its plain name', () => {
    const map = layoutBodyMap(MUSCLES);
    expect(map.overview).toBe(true);
    expect(map.views.map((v) => v.label)).toEqual(['Back view', 'Front view']);
    expect(shapes(map).map((m) => [m.label, m.href, m.linked])).toEqual([
      ['Rhomboids', '/muscles/rhomboids/', true],
      ['Trapezius', '/muscles/trapezius/', true],
      ['Core', '/muscles/core/', true],
    ]);
  });

  it('for a move shows only the views it touches, names the role of each marked muscle and links only those', () => {
    const map = layoutBodyMap(MUSCLES, ['rhomboids'], ['trapezius']);
    expect(map.views.map((v) => v.view)).toEqual(['back']);
    expect(shapes(map).map((m) => [m.label, m.highlight, m.linked])).toEqual([
      ['Rhomboids, mainly worked', 'primary', true],
      ['Trapezius, also worked', 'secondary', true],
    ]);
    expect(map.heading).toBe('Muscles it works');
    expect(map.legend).toEqual({ primaryHeading: 'Mainly works', secondaryHeading: 'Also works (hatched)', primary: ['Rhomboids'], secondary: ['Trapezius'] });
  });

  it("for one muscle's page highlights just it, and leaves the rest of its view unlinked", () => {
    const map = layoutBodyMap(MUSCLES, ['trapezius']);
    expect(map.heading).toBe('On the body map');
    expect(map.legend.primaryHeading).toBe('Highlighted');
    expect(shapes(map).filter((m) => m.linked).map((m) => m.id)).toEqual(['trapezius']);
    expect(shapes(map).find((m) => m.id === 'rhomboids')?.highlight).toBe('none');
  });
});

describe('layoutBodyMap for a stretch', () => {
  it('says the muscles are stretched, in the heading, the legend and the link names', () => {
    const map = layoutBodyMap(MUSCLES, ['rhomboids'], ['trapezius'], 'stretches');
    expect(map.heading).toBe('Muscles stretched');
    expect(map.legend.primaryHeading).toBe('Mainly stretches');
    expect(map.legend.secondaryHeading).toBe('Also stretches (hatched)');
    expect(map.views.flatMap((v) => v.muscles).find((m) => m.id === 'rhomboids')?.label).toBe('Rhomboids, mainly stretched');
  });
});
