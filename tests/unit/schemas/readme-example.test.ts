/** The README's annotated frontmatter is a real, valid move: copy it and it parses. */
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { exerciseSchema } from '../../../src/schemas/move';

it('the frontmatter example under "Adding a move" passes the move schema', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Adding a move'));
  const block = /```yaml\n---\n([\s\S]*?)\n---\n```/.exec(section);
  expect(block, 'a ```yaml block with --- fences under "Adding a move"').not.toBeNull();
  // An exercise: the strictest schema (coaching fields and a figure are required).
  const data = exerciseSchema.parse(load(block![1]!));
  expect(data.title).toBe('Band row');
  expect(data.steps.length).toBeGreaterThanOrEqual(3);
});
