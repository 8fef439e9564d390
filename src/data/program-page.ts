/**
 * What /program/ shows, prepared at build time: the controls' options (the vocabulary's, as the
 * builder's), the default program built here (the no-JavaScript page), and the data the page's
 * element fetches on use (/program/data.json): the engine's moves and each move's `harder` links.
 */
import { CHOOSABLE_EQUIPMENT, LEVELS, LEVEL_LABEL, ASSUMED_EQUIPMENT_HINT } from '../lib/content/vocabulary';
import { ADDONS, ADDON_LABELS, FOCUSES, FOCUS_LABELS, SESSION_MINUTES, type RoutineMove } from '../lib/routine';
import {
  DAYS_BY_LEVEL, DEFAULT_DAYS, DEFAULT_PROGRAM_SEED, WEEKS, buildProgram, encodeProgram, type HarderLinks, type ProgramSettings,
} from '../lib/program';
import { programView, type ProgramView } from '../lib/program/view';
import { getMoves } from './content';
import { getFactsTable, getRoutineCatalogue } from './routine-catalogue';
import type { FactsTable } from '../lib/routine/session';

export interface Choice {
  value: string;
  label: string;
  checked: boolean;
  /** Sessions a week outside the level's range (K1). */
  disabled?: boolean;
}

export interface ControlGroup {
  name: string;
  legend: string;
  type: 'radio' | 'checkbox';
  choices: Choice[];
  hint?: string;
}

export interface ProgramData {
  catalogue: RoutineMove[];
  harder: HarderLinks;
  /** The facts of every level and equipment set (facts.ts), so the browser looks them up. */
  facts: FactsTable;
}

export const DEFAULT_SETTINGS: ProgramSettings = {
  inputs: { level: 'beginner', equipment: ['band'], minutes: 20, focus: 'balanced', addons: [] },
  days: DEFAULT_DAYS,
  weeks: WEEKS.default,
  seed: DEFAULT_PROGRAM_SEED,
};

export async function getProgramData(): Promise<ProgramData> {
  const [moves, catalogue, facts] = await Promise.all([getMoves(), getRoutineCatalogue(), getFactsTable()]);
  return {
    catalogue,
    harder: Object.fromEntries(moves.filter((m) => m.data.harder.length).map((m) => [m.id, m.data.harder])),
    facts,
  };
}

function group(name: string, legend: string, type: ControlGroup['type'], options: [string | number, string][], chosen: (string | number)[]): ControlGroup {
  return { name, legend, type, choices: options.map(([value, label]) => ({ value: String(value), label, checked: chosen.includes(value) })) };
}

/** The controls with the default settings chosen. */
export function programControls(settings: ProgramSettings = DEFAULT_SETTINGS): ControlGroup[] {
  const { inputs } = settings;
  const range = DAYS_BY_LEVEL[inputs.level];
  return [
    group('level', 'Level', 'radio', LEVELS.map((id) => [id, LEVEL_LABEL[id]]), [inputs.level]),
    { ...group('equipment', 'Equipment', 'checkbox', CHOOSABLE_EQUIPMENT.map(({ id, label }) => [id, label]), inputs.equipment), hint: ASSUMED_EQUIPMENT_HINT },
    group('minutes', 'Session length', 'radio', SESSION_MINUTES.map((m) => [m, `${m} min`]), [inputs.minutes]),
    group('focus', 'Focus', 'radio', FOCUSES.map((id) => [id, FOCUS_LABELS[id]]), [inputs.focus]),
    group('addons', 'Add-ons', 'checkbox', ADDONS.map((id) => [id, ADDON_LABELS[id].replace(/^./, (c) => c.toUpperCase())]), inputs.addons),
    (() => {
      const days = group('days', 'Sessions a week', 'radio', [1, 2, 3].map((n) => [n, `${n} a week`]), [settings.days]);
      const others = DAYS_BY_LEVEL.intermediate;
      return {
        ...days,
        choices: days.choices.map((c) => ({ ...c, disabled: Number(c.value) < range.min || Number(c.value) > range.max })),
        hint: `Beginners ${DAYS_BY_LEVEL.beginner.min} or ${DAYS_BY_LEVEL.beginner.max}, others ${others.min} or ${others.max}, with a rest day in between.`,
      };
    })(),
  ];
}

export const WEEK_OPTIONS = Array.from({ length: WEEKS.max - WEEKS.min + 1 }, (_, i) => WEEKS.min + i);

export interface ProgramPage {
  controls: ControlGroup[];
  settings: ProgramSettings;
  query: string;
  view: ProgramView;
}

export async function getProgramPage(): Promise<ProgramPage> {
  const { catalogue, harder } = await getProgramData();
  const program = buildProgram(catalogue, harder, DEFAULT_SETTINGS);
  return { controls: programControls(), settings: DEFAULT_SETTINGS, query: encodeProgram(DEFAULT_SETTINGS), view: programView(program) };
}
