import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

// Layers point one way: schemas may use Zod, each other and lib modules that never reach a schema
// (the vocabulary, the figure's body model), never a lib module that imports a schema back; the
// vocabulary imports nothing, so browser code can use it Zod-free.
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

/** The src files a module reaches through relative imports, itself included. */
function reached(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const source of importsOf(file).filter((s) => s.startsWith('.'))) {
    const target = normalize(join(dirname(file), source));
    const path = [`${target}.ts`, `${target}/index.ts`, target].find((p) => existsSync(p) && p.endsWith('.ts'));
    if (path) reached(path, seen);
  }
  return seen;
}

describe('module layers', () => {
  it('schemas import only astro/zod, other schemas and lib modules that never reach a schema', () => {
    const files = readdirSync('src/schemas').filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      for (const source of importsOf(`src/schemas/${file}`)) {
        if (source === 'astro/zod' || /^\.\/[a-z-]+$/.test(source)) continue;
        expect(source, `${file} imports ${source}`).toMatch(/^\.\.\/lib\//);
        const lib = normalize(join('src/schemas', `${source}.ts`));
        const back = [...reached(lib)].filter((f) => f.startsWith('src/schemas/'));
        expect(back, `${file} imports ${source}, which reaches a schema`).toEqual([]);
      }
    }
  });

  it('the vocabulary imports nothing', () => {
    expect(importsOf('src/lib/content/vocabulary.ts')).toEqual([]);
  });
});
