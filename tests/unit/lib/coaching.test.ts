import { describe, expect, it } from 'vitest';
import { deskBreakItems, deskRoundText, formatTempo, REST_TEXT, routineDoseNote, setsByLevelText } from '../../../src/lib/coaching';
import { REST_BETWEEN_SETS, SETS_BY_LEVEL } from '../../../src/lib/routine/time';
import { loadCatalogue } from '../../support/content';
import { ASSUMED_EQUIPMENT_IDS, equipmentLabel, type EquipmentId } from '../../../src/schemas/equipment';
import { formatDose } from '../../../src/lib/dose';

describe('formatTempo', () => {
  it('reads out, pause and back in seconds', () => {
    expect(formatTempo({ out: 1, hold: 1, back: 2 })).toBe('1 s to the end position, a 1 s pause, 2 s back');
  });
  it('says "no pause" for a zero hold', () => {
    expect(formatTempo({ out: 3, hold: 0, back: 2 })).toBe('3 s to the end position, no pause, 2 s back');
  });
});

describe('the builder\'s figures, in words', () => {
  it('names the rest between sets from REST_BETWEEN_SETS', () => {
    expect(REST_TEXT).toContain(`${REST_BETWEEN_SETS} s between sets`);
  });
  it('names the sets of every level from SETS_BY_LEVEL (rule T6)', () => {
    expect(setsByLevelText()).toBe(`${SETS_BY_LEVEL.beginner} set at beginner level, ${SETS_BY_LEVEL.intermediate} at intermediate, ${SETS_BY_LEVEL.advanced} at advanced`);
  });
  it('says what the builder does with a dose, by kind and use', () => {
    expect(routineDoseNote('exercise', ['session'])).toMatch(/sets the number of sets by your level/);
    expect(routineDoseNote('exercise', ['desk-break'])).toMatch(/desk breaks, not in the strength part/);
    expect(routineDoseNote('exercise', ['session', 'desk-break'])).toMatch(/desk break it fits the dose into a break of 1 minute to 2 minutes/);
    expect(routineDoseNote('warmup', ['session'])).toMatch(/warm-up of about 5 minutes/);
    expect(routineDoseNote('stretch', ['session'])).toMatch(/between 15 and 20 seconds, repeated 2 or 3 times/);
  });
});

describe('deskBreakItems (real catalogue)', () => {
  const catalogue = loadCatalogue();
  const items = deskBreakItems(catalogue, ASSUMED_EQUIPMENT_IDS, (id) => equipmentLabel(id as EquipmentId).toLowerCase());

  it('lists exactly the moves marked for desk breaks, each with its own dose', () => {
    const desk = catalogue.filter((m) => m.use.includes('desk-break'));
    expect(items.map((i) => i.title).sort()).toEqual(desk.map((m) => m.title).sort());
    for (const move of desk) expect(items.find((i) => i.title === move.title)?.dose).toBe(formatDose(move.dose));
  });

  it('puts the moves that need nothing first and names what the others need', () => {
    const firstNeedy = items.findIndex((i) => i.needs !== '');
    expect(firstNeedy).toBeGreaterThan(0);
    expect(items.slice(firstNeedy).every((i) => i.needs !== '')).toBe(true);
    expect(items.find((i) => i.title === 'Band pull-apart')?.needs).toBe('resistance band');
  });
});

describe('deskRoundText', () => {
  it('states the length of a full round from the doses, by the builder\'s time model', () => {
    // 2 x (10 x (5 s + 5 s let-go) + 5 s change-over) + (12 reps x 3 s + 5 s) = 251 s: about 4 minutes.
    const text = deskRoundText([
      { type: 'hold', seconds: 5, repeats: 10, perSide: false },
      { type: 'hold', seconds: 5, repeats: 10, perSide: false },
      { type: 'reps', sets: 1, reps: 12, perSide: false },
    ]);
    expect(text).toMatch(/^Done in full at these doses, one round of all 3 takes about 4 minutes\. For a break of 1 to 2 minutes, pick one or two/);
    expect(deskRoundText([{ type: 'reps', sets: 1, reps: 5, perSide: false }])).toMatch(/takes about 1 minute\./);
  });
});
