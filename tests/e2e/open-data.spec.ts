import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { fedExportProblems, type FedExercise } from '../../src/schemas/free-exercise-db';
import type { OpenDataFile, OpenDataMove, OpenDataMuscle } from '../../src/lib/open-data';
import { EQUIPMENT_IDS, LEVELS, MOVE_KINDS, PATTERNS } from '../../src/lib/content/vocabulary';

// What the content holds, counted from the files, to check the data files miss nothing.
const count = (folder: string) => readdirSync(`content/${folder}`).filter((f) => f.endsWith('.mdx')).length;
const moveCount = () => count('warmups') + count('exercises') + count('stretches');

test.describe('open data', () => {
  test('/data/moves.json lists every move with valid fields and working URLs', async ({ request }) => {
    const response = await request.get('/data/moves.json');
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toMatch(/json/);
    const file = (await response.json()) as OpenDataFile<OpenDataMove>;
    expect(file.version).toBe(1);
    expect(file.items).toHaveLength(moveCount());
    expect(file.count).toBe(file.items.length);
    const slugs = new Set(file.items.map((m) => m.slug));
    expect(slugs.size).toBe(file.items.length);
    const muscleSlugs = new Set(((await (await request.get('/data/muscles.json')).json()) as OpenDataFile<OpenDataMuscle>).items.map((m) => m.slug));
    for (const move of file.items) {
      expect(MOVE_KINDS).toContain(move.kind);
      expect(PATTERNS).toContain(move.pattern);
      expect(LEVELS).toContain(move.level);
      expect(move.title.length).toBeGreaterThan(1);
      expect(move.equipment.length).toBeGreaterThan(0);
      for (const item of move.equipment.flat()) expect(EQUIPMENT_IDS).toContain(item);
      expect(move.muscles.primary.length).toBeGreaterThan(0);
      for (const id of [...move.muscles.primary, ...move.muscles.secondary]) expect(muscleSlugs.has(id), `${move.slug} -> ${id}`).toBe(true);
      expect(['reps', 'hold', 'time']).toContain(move.dose.type);
      expect(Array.isArray(move.aliases)).toBe(true);
      const url = new URL(move.url);
      expect(url.pathname).toMatch(new RegExp(`/${move.slug}/$`));
      const page = await request.get(url.pathname);
      expect(page.ok(), url.pathname).toBe(true);
    }
  });

  test('/data/muscles.json lists every muscle and the moves that name it', async ({ request }) => {
    const file = (await (await request.get('/data/muscles.json')).json()) as OpenDataFile<OpenDataMuscle>;
    const moveItems = ((await (await request.get('/data/moves.json')).json()) as OpenDataFile<OpenDataMove>).items;
    expect(file.items).toHaveLength(count('muscles'));
    for (const muscle of file.items) {
      expect(muscle.moves.primary.sort()).toEqual(moveItems.filter((m) => m.muscles.primary.includes(muscle.slug)).map((m) => m.slug).sort());
      expect(muscle.moves.secondary.sort()).toEqual(moveItems.filter((m) => m.muscles.secondary.includes(muscle.slug)).map((m) => m.slug).sort());
      expect((await request.get(new URL(muscle.url).pathname)).ok()).toBe(true);
    }
  });

  test('/data/free-exercise-db.json holds every move as a valid free-exercise-db record', async ({ request }) => {
    const records = (await (await request.get('/data/free-exercise-db.json')).json()) as FedExercise[];
    const moveItems = ((await (await request.get('/data/moves.json')).json()) as OpenDataFile<OpenDataMove>).items;
    expect(Array.isArray(records)).toBe(true);
    expect(records).toHaveLength(moveItems.length);
    expect(fedExportProblems(records)).toEqual([]);
    for (const record of records) {
      const move = moveItems.find((m) => m.slug === record.id);
      expect(move, record.id).toBeTruthy();
      expect(record.name).toBe(move!.title);
    }
  });
});
