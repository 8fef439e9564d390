import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { measurePageJs } from '../../../scripts/check-site/page-js.mjs';
import { gzipSize } from '../../../scripts/check-site/lib.mjs';

test('counts inline code and statically imported modules on arrival, and each import() chunk on use with what it adds', () => {
  const dist = mkdtempSync(join(tmpdir(), 'page-js-'));
  mkdirSync(join(dist, '_astro'));
  const files: Record<string, string> = {
    'entry.js': 'import{a}from"./shared.js";a(()=>import("./later.js"));',
    'shared.js': 'export const a=(f)=>f();',
    'later.js': 'import{a}from"./shared.js";import"./only-later.js";import("./deeper.js");',
    'only-later.js': 'console.log("later");',
    'deeper.js': 'export default 1;',
  };
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dist, '_astro', name), code);
  const html = '<script>document.documentElement.dataset.js=""</script><script type="application/json">{"data":1}</script><script type="module" src="/_astro/entry.js"></script>';
  const js = measurePageJs(dist, html, '/x/');
  const gz = (name: string) => gzipSize(files[name]!);
  expect(js.parts.map((p) => p.name)).toEqual(['inline script 1', '/_astro/entry.js', '/_astro/shared.js']);
  expect(js.arrival).toBe(gzipSize('document.documentElement.dataset.js=""') + gz('entry.js') + gz('shared.js'));
  expect(js.onUse).toEqual([
    { name: '/_astro/later.js', bytes: gz('later.js') + gz('only-later.js') },
    { name: '/_astro/deeper.js', bytes: gz('deeper.js') },
  ]);
});
