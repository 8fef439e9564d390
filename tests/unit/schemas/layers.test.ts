import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Layers point one way: schemas may use Zod, each other and the vocabulary, never a lib module that
// could import a schema back; the vocabulary imports nothing, so browser code can use it Zod-free.
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('module layers', () => {
  it('schemas import only astro/zod, other schemas and the vocabulary', () => {
    const files = readdirSync('src/schemas').filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      for (const source of importsOf(`src/schemas/${file}`)) {
        expect(['astro/zod', '../lib/content/vocabulary'].includes(source) || /^\.\/[a-z-]+$/.test(source), `${file} imports ${source}`).toBe(true);
      }
    }
  });

  it('the vocabulary imports nothing', () => {
    expect(importsOf('src/lib/content/vocabulary.ts')).toEqual([]);
  });
});
