/**
 * The anatomy, safety and sources review (issue 10), checked against the real content: the moves
 * name the muscles that do the work, the safety guide carries the warning signs with its sources,
 * and every source is cited only on the pages it backs.
 */
import { describe, expect, it } from 'vitest';
import { loadGuides, loadMoves, loadMuscles, loadSources, type LoadedMove } from '../../support/content';
import { KIND_COLLECTION } from '../../../src/lib/content/vocabulary';
import { VIEW_BOX } from '../../../src/lib/body-map/figure';

const moves = loadMoves();
const muscles = loadMuscles();
const guides = loadGuides();
const sources = loadSources();

const move = (id: string): LoadedMove => {
  const found = moves.find((m) => m.id === id);
  if (!found) throw new Error(`no move "${id}"`);
  return found;
};
const named = (m: LoadedMove) => [...m.data.muscles.primary, ...m.data.muscles.secondary];

describe('the right muscles', () => {
  it.each(['band-row', 'one-arm-dumbbell-row', 'bent-over-row', 'renegade-row'])('the lats are a main muscle of the %s', (id) => {
    expect(move(id).data.muscles.primary).toContain('latissimus-dorsi');
  });

  it('the high barbell row has the lats and the teres major as helpers', () => {
    const { primary, secondary } = move('high-barbell-row').data.muscles;
    expect(secondary).toEqual(expect.arrayContaining(['latissimus-dorsi', 'teres-major']));
    expect(primary).not.toContain('latissimus-dorsi');
  });

  it('every row names the lats and, because the elbow bends, the biceps', () => {
    const rows = moves.filter((m) => m.data.pattern === 'row');
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) expect(named(row), row.file).toEqual(expect.arrayContaining(['latissimus-dorsi', 'biceps']));
  });

  it('the chin tuck is driven by the deep neck flexors, not the trapezius', () => {
    expect(move('chin-tuck').data.muscles.primary).toContain('deep-neck-flexors');
    expect(named(move('chin-tuck'))).not.toContain('trapezius');
  });

  it('the butterfly stretch stretches the inner thighs, not the spinal erectors', () => {
    expect(move('butterfly-stretch').data.muscles.primary).toContain('hip-adductors');
    expect(named(move('butterfly-stretch'))).not.toContain('spinal-erectors');
  });

  it.each(['bridge', 'hip-hinge'])('the %s is driven by the glutes and hamstrings', (id) => {
    expect(move(id).data.muscles.primary).toEqual(expect.arrayContaining(['glutes', 'hamstrings']));
  });

  it('arm circles mainly use the side deltoids; the overhead arm reach stretches the lats and obliques', () => {
    expect(move('arm-circles').data.muscles.primary).toContain('side-deltoids');
    expect(move('overhead-arm-reach').data.muscles.primary).toEqual(expect.arrayContaining(['latissimus-dorsi', 'obliques']));
  });

  it('no page body still says a move works a muscle its frontmatter no longer names', () => {
    expect(move('chin-tuck').body).not.toMatch(/levator scapulae are the muscles listed/i);
    expect(move('hip-hinge').body).toMatch(/glutes/i);
    expect(move('bridge').body).toMatch(/glutes/i);
  });

  it.each(['bent-over-row', 'reverse-dumbbell-fly', 'table-row', 'high-barbell-row'])('the %s holds a hip hinge, so it lists the glutes and hamstrings as helpers', (id) => {
    expect(move(id).data.muscles.secondary).toEqual(expect.arrayContaining(['glutes', 'hamstrings']));
  });

  it('rows: the lats, teres major and rear delts move the arm back; the rhomboids and middle trapezius pull the blades together (Lehman 2004)', () => {
    const biceps = muscles.find((m) => m.id === 'biceps')!;
    expect(biceps.body).not.toMatch(/muscles between your shoulder blades move your elbow back/);
    expect(biceps.body).toMatch(/teres major.*rear deltoids.*move your upper arm back/s);
    expect(biceps.body).toMatch(/rhomboids.*trapezius.*pull your shoulder blades together/s);
    for (const id of ['biceps', 'latissimus-dorsi', 'rhomboids']) expect(muscles.find((m) => m.id === id)!.data.sources, id).toContain('lehman-2004');
  });

  it('the high barbell row works the middle trapezius and rear delts, not the upper trapezius', () => {
    const body = move('high-barbell-row').body;
    expect(body).toMatch(/rear deltoids and the middle of your trapezius/);
    expect(body).not.toMatch(/onto your upper trapezius/);
    expect(muscles.find((m) => m.id === 'trapezius')!.body).not.toMatch(/load the upper part more/);
  });

  it('the trapezius turns the shoulder blade upward with the serratus anterior; the chin tuck, hamstrings and glutes say what anatomy says', () => {
    expect(muscles.find((m) => m.id === 'trapezius')!.data.actions.join(' ')).toMatch(/upward.*serratus anterior/);
    expect(muscles.find((m) => m.id === 'serratus-anterior')).toBeDefined();
    expect(move('chin-tuck').body).toMatch(/nod your head slightly and flatten the forward curve of your neck/);
    expect(move('chin-tuck').body).toMatch(/back of the lower neck, the extensors/);
    expect(muscles.find((m) => m.id === 'hamstrings')!.data.location).toMatch(/short head of the biceps femoris starts lower, on the back of the thigh bone/);
    expect(muscles.find((m) => m.id === 'glutes')!.data.location).toMatch(/back of the upper thigh bone and to the iliotibial band/);
  });

  it('the core and lower-back pain claim is made once, on the core page, as the evidence allows (Smith et al. 2014)', () => {
    const claim = /less lower-back pain|reduc\w* (?:lower-)?back pain|(?:linked|tied) to less/i;
    for (const page of [...moves, ...guides, ...muscles.filter((m) => m.id !== 'core')]) expect(page.body, page.file).not.toMatch(claim);
    const core = muscles.find((m) => m.id === 'core')!;
    expect(core.data.sources).toContain('smith-2014');
    expect(core.body).toMatch(/## Core work and lower-back pain/);
    expect(core.body).toMatch(/no better than other kinds of exercise \(Smith and colleagues, 2014\)/);
    expect(core.body).toMatch(/No one kind of exercise is clearly the best/);
  });

  it('every muscle page draws its shapes inside the body-map figure', () => {
    const [, , width, height] = VIEW_BOX.split(' ').map(Number);
    for (const muscle of muscles) {
      for (const d of muscle.data.map.paths) {
        const numbers = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
        expect(numbers.length % 2, muscle.file).toBe(0);
        for (let i = 0; i < numbers.length; i += 2) {
          expect(numbers[i], `${muscle.file}: x`).toBeGreaterThanOrEqual(0);
          expect(numbers[i], `${muscle.file}: x`).toBeLessThanOrEqual(width!);
          expect(numbers[i + 1], `${muscle.file}: y`).toBeGreaterThanOrEqual(0);
          expect(numbers[i + 1], `${muscle.file}: y`).toBeLessThanOrEqual(height!);
        }
      }
    }
  });

  it('every muscle page cites an anatomy reference a reader can open', () => {
    const withUrl = new Set(sources.filter((s) => s.url).map((s) => s.id));
    for (const muscle of muscles) expect(muscle.data.sources.some((id) => withUrl.has(id)), muscle.file).toBe(true);
  });
});

describe('sources a reader can check', () => {
  const pages = [
    ...moves.map((m) => ({ key: `${KIND_COLLECTION[m.kind]}/${m.id}`, file: m.file, cites: m.data.sources })),
    ...muscles.map((m) => ({ key: `muscles/${m.id}`, file: m.file, cites: m.data.sources })),
    ...guides.map((g) => ({ key: `guides/${g.id}`, file: g.file, cites: g.data.sources })),
  ];
  const matches = (pattern: string, key: string) => pattern === key || (pattern.endsWith('/*') && key.startsWith(pattern.slice(0, -1)));

  it('a page cites a source only if the source says it supports that page', () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const id of page.cites) {
        const source = sources.find((s) => s.id === id);
        if (!source?.supports.some((pattern) => matches(pattern, page.key))) problems.push(`${page.file}: cites "${id}", which does not list ${page.key}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every page a source names as one it supports does cite it', () => {
    const problems: string[] = [];
    for (const source of sources) {
      expect(source.supports.length, `${source.id}: supports`).toBeGreaterThan(0);
      for (const pattern of source.supports.filter((p) => !p.endsWith('/*'))) {
        const page = pages.find((p) => p.key === pattern);
        if (!page) problems.push(`${source.id}: supports "${pattern}", which is not a page`);
        else if (!page.cites.includes(source.id)) problems.push(`${source.id}: supports ${pattern}, which does not cite it`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every source has an address a reader can open, or says why it has none', () => {
    for (const source of sources) {
      if (source.url) expect(source.url, source.id).toMatch(/^https:\/\//);
      else expect(source.noUrlReason, `${source.id}: add url, or noUrlReason`).toMatch(/\w+ \w+ \w+/);
    }
  });

  it('a journal article without an address carries a full citation: journal, volume, pages and year', () => {
    for (const source of sources.filter((s) => !s.url && /journal article/.test(s.noUrlReason ?? ''))) {
      expect(source.year, source.id).toBeDefined();
      expect(source.publisher, source.id).toMatch(/\d+(?:\(\d+\))?:\s*\d+[–-]\d+/);
    }
  });

  it('the unnamed "research on beginners" is gone; the ACSM position stand says what it says, where it differs too', () => {
    expect(sources.find((s) => s.id === 'beginner-training-research')).toBeUndefined();
    const acsm = sources.find((s) => s.id === 'acsm-2009')!;
    expect(acsm.publisher).toMatch(/41\(3\): 687–708/);
    expect(acsm.note).toMatch(/2 to 3 days a week/);
    expect(acsm.note).toMatch(/1 or 2 sessions a week/);
    const howOften = guides.find((g) => g.id === 'how-often')!;
    expect(howOften.body).toMatch(/two or three/i);
  });

  it('anatomy comes from OpenStax (CC BY 4.0) and the sources guide says what comes from where', () => {
    const openstax = sources.filter((s) => s.publisher === 'OpenStax');
    expect(openstax.length).toBeGreaterThan(0);
    for (const s of openstax) {
      expect(s.url, s.id).toMatch(/^https:\/\/openstax\.org\/books\/anatomy-and-physiology-2e\//);
      expect(s.license, s.id).toBe('CC BY 4.0');
    }
    expect(muscles.find((m) => m.id === 'latissimus-dorsi')?.data.sources).toContain('openstax-upper-limb');
    const guide = guides.find((g) => g.id === 'sources')!;
    expect(guide.body).toMatch(/Anatomy\*\*[^\n]*OpenStax/);
    expect(guide.body).toMatch(/Safety and warning signs\*\*[^\n]*NHS/);
  });
});

describe('safety', () => {
  const safety = guides.find((g) => g.id === 'safety')!;

  const checks = (id: string) => move(id).data.checkFirst.join(' ');
  it.each([
    ['face down, in pregnancy', ['prone-y-raise', 'prone-t-raise', 'prone-w-raise', 'back-extension'], /pregnant.*face down/],
    ['flat on the back later in pregnancy', ['knee-to-chest', 'bridge', 'table-row'], /[Ll]ater in pregnancy/],
    ['osteoporosis with loaded bending', ['bent-over-row', 'reverse-dumbbell-fly', 'hip-hinge', 'high-barbell-row', 'one-arm-dumbbell-row'], /osteoporosis/],
    ['a shoulder that has dislocated (hanging, overhead)', ['dead-hang', 'prone-y-raise', 'wall-angel', 'overhead-arm-reach', 'serratus-wall-slide', 'band-pulldown', 'doorway-pec-stretch'], /dislocated/],
    ['wrist pain on hands and knees or in a plank', ['cat-cow', 'bird-dog', 'kneeling-renegade-row', 'renegade-row', 'one-arm-dumbbell-row'], /wrists? hurt/],
    ['high blood pressure (hanging, long holds)', ['dead-hang', 'farmer-carry', 'stress-ball-squeeze', 'renegade-row'], /high blood pressure/],
    ['spinal stenosis or leg symptoms', ['back-extension'], /spinal stenosis.*legs/],
    ['recent surgery', ['band-row', 'face-pull', 'bridge', 'dead-hang', 'prone-t-raise'], /surgery/],
  ] as const)('check first names %s', (_what, ids, pattern) => {
    for (const id of ids) expect(checks(id), id).toMatch(pattern);
  });

  it('neck rolls: rheumatoid arthritis, past whiplash, neck surgery or dizziness', () => {
    expect(checks('neck-rolls')).toMatch(/rheumatoid arthritis.*whiplash.*neck surgery.*dizzy/);
  });

  it('a move with nothing particular to check says so in a sentence', () => {
    for (const id of ['shoulder-rolls', 'scapular-squeeze']) expect(checks(id), id).toMatch(/^Nothing in particular to check/);
  });

  it('the safer moves: doorway row on one jamb, nearly upright, not the trim; table row limits; dead hang, back extension, renegade row', () => {
    const doorway = move('doorway-row');
    expect(doorway.data.setup).toMatch(/one side of the frame \(the jamb\).*both hands/);
    expect(doorway.data.steps.join(' ')).toMatch(/nearly upright/);
    expect(doorway.body).toMatch(/trim.*can come away/s);
    expect(doorway.data.safety.join(' ')).toMatch(/balance is poor/);
    const table = move('table-row').data.safety.join(' ');
    expect(table).toMatch(/extendable or drop-leaf/);
    expect(table).toMatch(/top only rests on its frame/);
    expect(table).toMatch(/someone nearby the first time/);
    expect(move('dead-hang').data.safety.join(' ')).toMatch(/might slip out.*not for unstable shoulders/);
    expect(move('back-extension').data.safety.join(' ')).toMatch(/numbness or tingling in your buttocks or legs/);
    expect(move('renegade-row').data.safety.join(' ')).toMatch(/wrists hurt/);
  });

  const section = (heading: string) => safety.body.split(`### ${heading}`)[1]?.split(/\n#{2,3} /)[0] ?? '';

  it('lists the signs that need the emergency number now: the heart attack signs and those of the NHS and MPFT pages', () => {
    const now = section('Call the emergency number now');
    for (const sign of [/chest/, /breathless/, /sweating/, /jaw/, /arm/, /999/]) expect(now).toMatch(sign);
    for (const sign of [/pee or poo/, /genitals or your buttocks/, /both legs, or in both arms/, /fever with a stiff neck and a headache, a rash, or eyes that hurt in bright light/,
      /tearing pain between your shoulder blades/, /worst you have ever had/, /double vision, slurred speech or trouble swallowing, or fainting/, /serious accident/]) expect(now).toMatch(sign);
  });

  it('lists the signs that need a doctor soon, without wording the sources do not have', () => {
    const soon = section('See a doctor soon');
    for (const sign of [/getting weaker, clumsy hands, or trouble with your balance or walking/, /fall/, /injury/, /cancer, a weakened immune system, long-term use of steroid medicines, or osteoporosis/,
      /fever/, /weight loss/, /night/, /does not ease when you rest/, /over 50/, /lump or swelling in your back, or a change in its shape/, /numbness, tingling or weakness in your arms/]) expect(soon).toMatch(sign);
    expect(safety.body).not.toMatch(/no clear cause|hard session the day before/);
  });

  it('cites each list of warning signs: both lists name the NHS back-pain and the MPFT neck-pain pages', () => {
    for (const heading of ['Call the emergency number now', 'See a doctor soon']) {
      const text = section(heading);
      expect(text, heading).toContain('](https://www.nhs.uk/conditions/back-pain/)');
      expect(text, heading).toContain('](https://mpft.nhs.uk/services/msk/self-help/neck)');
    }
  });

  it('states the pain rule once, cited to Silbernagel et al. 2007, through the shared component', () => {
    expect(safety.body).toMatch(/## The pain rule\n/);
    expect(safety.body).toContain('<PainRule />');
    expect(safety.data.sources).toContain('silbernagel-2007');
    expect(safety.body).toMatch(/Silbernagel and colleagues, 2007/);
    const study = sources.find((s) => s.id === 'silbernagel-2007')!;
    expect(study.url).toBe('https://pubmed.ncbi.nlm.nih.gov/17307888/');
    expect(study.publisher).toMatch(/American Journal of Sports Medicine 35\(6\): 897–906/);
    expect(study.note).toMatch(/up to 5 on a 0–10 scale/);
  });

  it('names the physiotherapist once, across all the content, and says physical therapist everywhere else', () => {
    const everything = [...moves, ...muscles, ...guides].map((page) => `${page.body}\n${JSON.stringify(page.data)}`).join('\n');
    expect(everything.match(/physiotherapist/gi) ?? []).toHaveLength(1);
  });

  it('explains breathing and next-day soreness versus pain', () => {
    expect(safety.body).toMatch(/Never hold your breath/);
    expect(safety.body).toMatch(/breathe out as you pull/i);
    expect(safety.body).toMatch(/delayed onset muscle soreness \(DOMS\)/);
    expect(safety.body).toMatch(/## Sore the next day, or hurt\?/);
  });

  it('cites a public health source for each, and links to every source it cites that has an address', () => {
    const cited = sources.filter((s) => safety.data.sources.includes(s.id));
    for (const id of ['nhs-heart-attack', 'nhs-back-pain', 'mpft-neck-pain', 'mayo-weight-training', 'cleveland-clinic-doms']) expect(safety.data.sources).toContain(id);
    for (const source of cited.filter((s) => s.url)) expect(safety.body, source.id).toContain(`](${source.url})`);
  });

  it('neck rolls default to half circles; the full circle is optional and skipped with a neck problem', () => {
    const rolls = move('neck-rolls');
    expect(rolls.data.summary).toMatch(/half circles/);
    expect(rolls.data.steps.slice(0, 3).join(' ')).toMatch(/half circle|across the front/);
    const full = rolls.data.steps.filter((s) => /full circle/.test(s));
    expect(full).toHaveLength(1);
    expect(full[0]).toMatch(/skip/);
    expect(full[0]).toMatch(/neck problem/);
  });

  it('the face pull warns about the band at face height and the door anchor', () => {
    const body = move('face-pull').body;
    expect(body).toMatch(/far side of a closed door/);
    expect(body).toMatch(/snaps/);
    expect(body).toMatch(/face/);
  });
});
