/**
 * The routine engine's view of the moves and its facts table (facts.ts), worked out once per build:
 * /routine/, /routine/play/, /program/ and /program/data.json all hand them to the browser, and the
 * table's searches are the build's costliest data step (192 levels and equipment sets).
 */
import { getCatalogue } from './content';
import { toRoutineMove, type RoutineMove } from '../lib/routine';
import { factsTable } from '../lib/routine/facts';
import type { FactsTable } from '../lib/routine/session';

let catalogue: Promise<RoutineMove[]> | undefined;
let facts: Promise<FactsTable> | undefined;

export function getRoutineCatalogue(): Promise<RoutineMove[]> {
  return (catalogue ??= getCatalogue().then((moves) => moves.map(toRoutineMove)));
}

export function getFactsTable(): Promise<FactsTable> {
  return (facts ??= getRoutineCatalogue().then(factsTable));
}
