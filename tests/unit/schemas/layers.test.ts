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

/** Every .ts/.astro file under a folder, with the sources it imports (static, re-exports and import()). */
function sourcesUnder(dir: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(ts|astro)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    const sources = [...code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)]
      .map((m) => (m[1] ?? m[2] ?? m[3])!);
    out.push([file, sources]);
  }
  return out;
}

/** The src folder a relative import from `file` lands in ("lib", "schemas", "data", ...), or undefined for packages. */
function layerOf(file: string, source: string): string | undefined {
  if (!source.startsWith('.')) return undefined;
  const target = normalize(join(dirname(file), source)).split(/[\\/]/);
  return target[0] === 'src' ? target[1] : undefined;
}

// Layers point one way: pages and layouts render; components may read data and lib; data prepares
// pages from content, schemas and lib; schemas check against lib's plain types; lib imports none of them.
const MAY_IMPORT: Record<string, string[]> = {
  lib: ['lib'],
  schemas: ['schemas', 'lib'],
  data: ['data', 'schemas', 'lib'],
  components: ['components', 'data', 'lib', 'styles'],
  layouts: ['layouts', 'components', 'data', 'lib', 'styles'],
  pages: ['pages', 'layouts', 'components', 'data', 'lib', 'styles', 'schemas'],
};

describe('every import points down the layers', () => {
  for (const [layer, allowed] of Object.entries(MAY_IMPORT)) {
    it(`src/${layer} imports only from ${allowed.join(', ')}`, () => {
      const files = sourcesUnder(`src/${layer}`);
      expect(files.length).toBeGreaterThan(0);
      const wrong = files.flatMap(([file, sources]) =>
        sources.filter((s) => { const to = layerOf(file, s); return to !== undefined && !allowed.includes(to); }).map((s) => `${file} imports ${s}`));
      expect(wrong).toEqual([]);
    });
  }

  it('src/lib uses no Astro module and no Zod', () => {
    const wrong = sourcesUnder('src/lib').flatMap(([file, sources]) => sources.filter((s) => /^astro(:|\/)|zod/.test(s)).map((s) => `${file} imports ${s}`));
    expect(wrong).toEqual([]);
  });
});

describe('types without casts', () => {
  it('no src module forces a type with `as unknown as` (schemas check against lib types instead)', () => {
    const casts = sourcesUnder('src')
      .map(([file]) => file)
      .filter((file) => readFileSync(file, 'utf8').includes('as unknown as'));
    expect(casts).toEqual([]);
  });
});
