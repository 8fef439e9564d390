import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { moveSchema } from '../../../src/schemas/move';
import { plainIssues, withPlainErrors } from '../../../src/schemas/plain-errors';

const bandRow = load(/^---\n([\s\S]*?)\n---/.exec(readFileSync('content/exercises/band-row.mdx', 'utf8'))![1]!) as Record<string, unknown>;
const lines = (data: unknown) => plainIssues(moveSchema, data).map(({ path, message }) => `${path.join('.')}: ${message}`);

describe('schema errors in the build', () => {
  it('say "is required" for a missing field, in the field\'s own words where the schema has them', () => {
    const { cues: _cues, summary: _summary, ...rest } = bandRow;
    expect(lines({ ...rest, dose: { type: 'reps', sets: 1 } })).toEqual([
      'summary: is required: one sentence for cards, search and the meta description',
      'dose.reps: is required',
      'cues: is required',
    ]);
  });

  it('name the expected type, and each unknown field by its own path', () => {
    expect(lines({ ...bandRow, cues: 7, colour: 'red' })).toEqual(['cues: must be a list, not number', 'colour: is not a field this page can have (check the spelling)']);
  });

  it('carry no Markdown and no second copy of the field name', () => {
    const { steps: _steps, ...rest } = bandRow;
    const result = withPlainErrors(moveSchema).safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual(['steps: is required']);
  });

  it('pass valid data through unchanged, defaults filled in as the schema does', () => {
    expect(withPlainErrors(moveSchema).parse(bandRow)).toEqual(moveSchema.parse(bandRow));
  });
});
