import { describe, expect, it } from 'vitest';
import { ContentReferenceError, findReferenceProblems, type CheckedEntry } from '../../../../src/lib/content/references';

const move = (id: string, data: Partial<CheckedEntry['data']> = {}, collection = 'exercises'): CheckedEntry => ({
  collection,
  id,
  filePath: `content/${collection}/${id}.mdx`,
  data: { muscles: { primary: ['rhomboids'], secondary: [] }, easier: [], harder: [], sources: ['source-article'], ...data },
});
const targets = { muscles: ['rhomboids', 'trapezius'], sources: ['source-article'] };

describe('findReferenceProblems', () => {
  it('finds nothing wrong with entries whose references all resolve', () => {
    const entries = [move('band-row', { harder: ['bent-over-row'] }), move('bent-over-row', { easier: ['band-row'] })];
    expect(findReferenceProblems(entries, targets)).toEqual([]);
  });

  it('names the file and the field of an unknown muscle, move or source', () => {
    const problems = findReferenceProblems(
      [move('band-row', { muscles: { primary: ['rhomboidz'], secondary: ['trapezius', 'lats'] }, harder: ['no-such-move'], sources: ['blog'] })],
      targets,
    );
    expect(problems).toEqual([
      { file: 'content/exercises/band-row.mdx', field: 'muscles.primary[0]', message: 'unknown muscle "rhomboidz"' },
      { file: 'content/exercises/band-row.mdx', field: 'muscles.secondary[1]', message: 'unknown muscle "lats"' },
      { file: 'content/exercises/band-row.mdx', field: 'harder[0]', message: 'unknown move "no-such-move"' },
      { file: 'content/exercises/band-row.mdx', field: 'sources[0]', message: 'unknown source "blog"' },
    ]);
  });

  it('rejects a move that is its own easier version', () => {
    const problems = findReferenceProblems([move('band-row', { easier: ['band-row'] })], targets);
    expect(problems.map((p) => p.message)).toContain('a move cannot be its own easier or harder version');
  });

  it('rejects the same move id in two collections', () => {
    const problems = findReferenceProblems([move('bridge'), move('bridge', {}, 'stretches')], targets);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/stretches/bridge.mdx', field: 'id' });
  });

  it('names a one-way easier/harder link at the move that makes it, and says where the other half goes', () => {
    const problems = findReferenceProblems([move('band-row', { harder: ['bent-over-row'] }), move('bent-over-row'), move('face-pull', { easier: ['band-row'] })], targets);
    expect(problems).toEqual([
      {
        file: 'content/exercises/band-row.mdx',
        field: 'harder[0]',
        message: '"bent-over-row" does not list "band-row" under easier; easier and harder links go both ways, so add it to easier in content/exercises/bent-over-row.mdx',
      },
      {
        file: 'content/exercises/face-pull.mdx',
        field: 'easier[0]',
        message: '"band-row" does not list "face-pull" under harder; easier and harder links go both ways, so add it to harder in content/exercises/band-row.mdx',
      },
    ]);
  });

  it('names an alias two pages share, or one that is another page\'s title, however it is spelled', () => {
    const named = (id: string, title: string, aliases: string[], collection = 'exercises'): CheckedEntry => ({ ...move(id, {}, collection), data: { ...move(id).data, title, aliases } });
    const problems = findReferenceProblems(
      [
        named('band-row', 'Band row', ['banded row']),
        named('cable-row', 'Cable row', ['Banded-Row', 'band row', 'cable row']),
        // A plural is a different name: search finds both pages for it.
        named('rhomboids', 'Rhomboids', ['Cable rows'], 'muscles'),
      ],
      targets,
    );
    expect(problems.map(({ file, field }) => `${file}: ${field}`)).toEqual([
      'content/exercises/cable-row.mdx: aliases[0]',
      'content/exercises/cable-row.mdx: aliases[1]',
    ]);
    expect(problems[0]!.message).toBe('"Banded-Row" is also an alias of content/exercises/band-row.mdx; a name leads to one page, so drop or change one of them');
    expect(problems[1]!.message).toContain('is also the title of content/exercises/band-row.mdx');
  });

  it('lets a page repeat its own title among its aliases', () => {
    const entry: CheckedEntry = { ...move('band-row'), data: { ...move('band-row').data, title: 'Band row', aliases: ['band row', 'Band-row'] } };
    expect(findReferenceProblems([entry], targets)).toEqual([]);
  });

  it('formats every problem as "file: field: message" in the error the build throws', () => {
    const error = new ContentReferenceError(findReferenceProblems([move('band-row', { sources: ['blog'] })], targets));
    expect(error.message).toContain('content/exercises/band-row.mdx: sources[0]: unknown source "blog"');
  });
});
