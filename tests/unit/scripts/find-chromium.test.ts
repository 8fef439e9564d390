import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { findChromium, findTestChromium } from '../../../scripts/find-chromium.mjs';

const nowhere = { systemBrowsers: ['/no/such/chromium'], onPath: () => undefined, playwrightPath: async () => '/no/such/playwright-chromium' };

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH when it exists', async () => {
    expect(await findChromium({ ...nowhere, env: { CHROMIUM_PATH: process.execPath } })).toBe(process.execPath);
  });

  it('rejects a CHROMIUM_PATH that does not exist', async () => {
    await expect(findChromium({ ...nowhere, env: { CHROMIUM_PATH: '/no/such/browser' } })).rejects.toThrow('CHROMIUM_PATH=/no/such/browser does not exist');
  });

  it('takes a system browser before anything else', async () => {
    expect(await findChromium({ ...nowhere, env: {}, systemBrowsers: ['/no/such/chromium', process.execPath] })).toBe(process.execPath);
    expect(await findChromium({ ...nowhere, env: {}, onPath: (name) => (name === 'chromium' ? '/usr/local/bin/chromium' : undefined) })).toBe('/usr/local/bin/chromium');
  });

  it("falls back to Playwright's own browser when one is installed (undefined = Playwright's default)", async () => {
    expect(await findChromium({ ...nowhere, env: {}, playwrightPath: async () => process.execPath })).toBeUndefined();
  });

  it('with no browser at all, fails with one line saying how to get one', async () => {
    const error = await findChromium({ ...nowhere, env: {} }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toContain('\n');
    expect((error as Error).message).toMatch(/apt-get install chromium.*CHROMIUM_PATH/);
  });

  it('run as a script with a bad CHROMIUM_PATH, exits 1 at once with that one line', () => {
    const run = spawnSync(process.execPath, ['scripts/find-chromium.mjs'], { encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: '/no/such/browser' } });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['CHROMIUM_PATH=/no/such/browser does not exist']);
  });
});

describe('findTestChromium', () => {
  const noShell = { ...nowhere, headlessShells: ['/no/such/headless-shell'] };

  it("takes Chromium's headless shell when it is installed, before the full browser", async () => {
    expect(await findTestChromium({ ...noShell, env: {}, headlessShells: [process.execPath], systemBrowsers: ['package.json'] })).toBe(process.execPath);
    expect(await findTestChromium({ ...noShell, env: {}, onPath: (name) => (name === 'chromium-headless-shell' ? '/opt/bin/chromium-headless-shell' : undefined) })).toBe('/opt/bin/chromium-headless-shell');
  });

  it('leaves CHROMIUM_PATH the last word', async () => {
    expect(await findTestChromium({ ...noShell, env: { CHROMIUM_PATH: 'package.json' }, headlessShells: [process.execPath] })).toBe('package.json');
  });

  it('without a headless shell, finds what findChromium finds', async () => {
    expect(await findTestChromium({ ...noShell, env: {}, systemBrowsers: [process.execPath] })).toBe(process.execPath);
    await expect(findTestChromium({ ...noShell, env: {} })).rejects.toThrow(/apt-get install chromium/);
  });
});
