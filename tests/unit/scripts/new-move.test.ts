import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { KINDS, moveTemplate, titleFromId, writeMove } from '../../../scripts/new-move.mjs';
import { moveSchema } from '../../../src/schemas/move';

const scratch = mkdtempSync(join(tmpdir(), 'upright-new-move-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const frontmatter = (text: string) => load(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!);

describe('new:move', () => {
  it.each(Object.keys(KINDS) as (keyof typeof KINDS)[])('writes a %s page the move schema accepts, with the body every move needs', (kind) => {
    const text = moveTemplate(kind, 'prone-y-raise', { muscle: 'rhomboids' });
    const data = moveSchema.parse(frontmatter(text));
    expect(data.title).toBe('Prone y raise');
    expect(data.muscles.primary).toEqual(['rhomboids']);
    expect(text).toContain('\n## Starting dose and how to progress\n');
  });

  it('gives a stretch the hold the article asks for: 15 to 20 seconds, 2 or 3 times', () => {
    expect(moveSchema.parse(frontmatter(moveTemplate('stretch', 'neck-tilt', { muscle: 'trapezius' }))).dose).toMatchObject({ type: 'hold', seconds: 20, repeats: 2 });
  });

  it('writes into the kind\'s folder, naming an existing muscle, and refuses a taken id, a bad id or an unknown kind', () => {
    const content = join(scratch, 'content');
    cpSync('content', content, { recursive: true });
    const file = writeMove({ kind: 'stretch', id: 'scaffold-stretch', contentDir: content });
    expect(file).toBe(join(content, 'stretches', 'scaffold-stretch.mdx'));
    expect(moveSchema.parse(frontmatter(readFileSync(file, 'utf8'))).muscles.primary).toEqual(['rhomboids']);
    expect(() => writeMove({ kind: 'exercise', id: 'scaffold-stretch', contentDir: content })).toThrow(/already exists/);
    expect(() => writeMove({ kind: 'exercise', id: 'band-row', contentDir: content })).toThrow(/already exists/);
    expect(() => writeMove({ kind: 'exercise', id: 'Prone Y', contentDir: content })).toThrow(/lower-case slug/);
    expect(() => writeMove({ kind: 'cardio', id: 'run', contentDir: content })).toThrow(/warmup, exercise, stretch/);
  });

  it('makes a first title from the id', () => {
    expect(titleFromId('doorway-row')).toBe('Doorway row');
  });
});
