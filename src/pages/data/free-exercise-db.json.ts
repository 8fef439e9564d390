import type { APIRoute } from 'astro';
import { getMoves, getMuscles } from '../../data/content';
import { toCatalogueMove } from '../../lib/catalogue';
import { fedMuscleMap, toFedExercise } from '../../lib/free-exercise-db';
import { fedExportProblems } from '../../schemas/free-exercise-db';

// A plain array of exercise records, as free-exercise-db's own exercises.json is.
export const GET: APIRoute = async () => {
  const muscles = fedMuscleMap((await getMuscles()).map((m) => ({ id: m.id, region: m.data.region, freeExerciseDbMuscle: m.data.freeExerciseDbMuscle })));
  const records = (await getMoves()).map((move) =>
    toFedExercise({ ...toCatalogueMove(move), steps: move.data.steps, setup: move.data.setup }, muscles),
  );
  // A record their importers would reject fails the build instead of shipping.
  const problems = fedExportProblems(records);
  if (problems.length) throw new Error(`free-exercise-db.json has invalid records:\n${problems.join('\n')}`);
  return new Response(JSON.stringify(records, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
