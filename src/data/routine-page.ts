/**
 * What /routine/ and /routine/play/ show, prepared at build time: the catalogue the scripts get,
 * the default plan (the no-JavaScript page), the builder's control labels, the week of every
 * level and the facts table of every level and equipment set (so the searches never ship).
 */
import { getFactsTable, getRoutineCatalogue } from './routine-catalogue';
import { ASSUMED_EQUIPMENT_HINT, CHOOSABLE_EQUIPMENT, LEVEL_LABEL, NO_EQUIPMENT_LABEL } from '../lib/content/vocabulary';
import {
  ADDONS, ADDON_LABELS, DEFAULT_INPUTS, DEFAULT_SEED, FOCUSES, FOCUS_LABELS, LEVELS, SESSION_MINUTES,
  buildPlan, planWeek, type Level, type Plan, type RoutineInputs, type RoutineMove, type Week,
} from '../lib/routine';
import type { FactsTable } from '../lib/routine/session';

export type ControlName = keyof RoutineInputs;
export interface ControlGroup {
  name: ControlName;
  legend: string;
  many: boolean;
  options: { value: string; label: string }[];
}

/** The builder's controls, in order (routine-rules.md "Inputs"): the vocabulary's lists and labels. */
function controlGroups(): ControlGroup[] {
  const group = (name: ControlName, legend: string, options: [string | number, string][]): ControlGroup =>
    ({ name, legend, many: Array.isArray(DEFAULT_INPUTS[name]), options: options.map(([value, label]) => ({ value: String(value), label })) });
  return [
    group('level', 'Level', LEVELS.map((id) => [id, LEVEL_LABEL[id]])),
    group('equipment', 'Equipment', CHOOSABLE_EQUIPMENT.map(({ id, label }) => [id, label])),
    group('minutes', 'Session length', SESSION_MINUTES.map((m) => [m, `${m} min`])),
    group('focus', 'Focus', FOCUSES.map((id) => [id, FOCUS_LABELS[id]])),
    group('addons', 'Add-ons', ADDONS.map((id) => [id, ADDON_LABELS[id].replace(/^./, (c) => c.toUpperCase())])),
  ];
}

export interface RoutinePage {
  catalogue: RoutineMove[];
  /** The default plan: beginner, a band, 20 minutes, seed 1. */
  plan: Plan;
  weeks: Record<Level, Week>;
  controls: ControlGroup[];
  hint: string;
  none: string;
  /** The facts table of every level and equipment set (facts.ts). */
  facts: FactsTable;
  /** The builder's script data, as JSON safe inside <script>: the catalogue and the facts table. */
  builderJson: string;
}

let prepared: Promise<RoutinePage> | undefined;

/** Worked out once per build, for both pages. */
export function getRoutinePage(): Promise<RoutinePage> {
  return (prepared ??= prepare());
}

/** JSON safe inside <script>: no "</script>" or "<!--" can appear. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

async function prepare(): Promise<RoutinePage> {
  const [catalogue, facts] = await Promise.all([getRoutineCatalogue(), getFactsTable()]);
  return {
    facts,
    catalogue,
    plan: buildPlan(catalogue, { inputs: DEFAULT_INPUTS, seed: DEFAULT_SEED, swaps: [] }),
    weeks: Object.fromEntries(LEVELS.map((level) => [level, planWeek(catalogue, level)])) as Record<Level, Week>,
    controls: controlGroups(),
    hint: ASSUMED_EQUIPMENT_HINT,
    none: NO_EQUIPMENT_LABEL,
    builderJson: scriptJson({ catalogue, facts }),
  };
}
