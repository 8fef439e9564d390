// @ts-check
// Draws link-preview cards off the build's main thread (src/data/og.ts runs two of these): satori
// lays out the card's element tree, resvg paints it and encodes the PNG. Plain JavaScript, loaded
// by path with node:worker_threads (not bundled), so Node runs it as it is.
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

/** @type {Promise<{ name: string, data: Buffer, weight: 400 | 700, style: 'normal' }[]> | undefined} */
let fonts;

parentPort?.on('message', async (/** @type {{ tree: any, size: { width: number, height: number }, fonts: { name: string, file: string, weight: 400 | 700 }[] }} */ job) => {
  try {
    fonts ??= Promise.all(job.fonts.map(async (f) => ({ name: f.name, data: await readFile(f.file), weight: f.weight, style: /** @type {const} */ ('normal') })));
    const svg = await satori(job.tree, { ...job.size, fonts: await fonts });
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: job.size.width }, font: { loadSystemFonts: false } }).render().asPng();
    parentPort?.postMessage({ png });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
