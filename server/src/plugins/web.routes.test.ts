import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TTestApp } from '../test/build-test-app.ts';

/** The built web app's two pages, as stand-ins: the staff app and the villagers' page. */
function fakeWebDist(): string {
  const dir = path.join(os.tmpdir(), `zhucun-web-dist-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>staff app</title>');
  writeFileSync(path.join(dir, 'public-page.html'), '<!doctype html><title>villagers</title>');
  return dir;
}

describe('the villagers’ door: which page each address opens', () => {
  let t: TTestApp;
  let webDist: string;
  beforeAll(async () => {
    webDist = fakeWebDist();
    t = await buildTestApp({ webDist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  const page = async (url: string) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode, url).toBe(200);
    return res.body.includes('villagers') ? 'villagers' : res.body.includes('staff app') ? 'staff' : res.body;
  };

  it('opens the villagers’ page for /track as typed, with or without the slash, and for a code', async () => {
    expect(await page('/track')).toBe('villagers');
    expect(await page('/track/')).toBe('villagers');
    expect(await page('/track/ABCDEFGHJK')).toBe('villagers');
    expect(await page('/v/AAAAAAAAAAAAAAAAAAAAAA')).toBe('villagers');
  });

  it('keeps the staff app for everything else', async () => {
    expect(await page('/login')).toBe('staff');
    expect(await page('/villages/140622100200')).toBe('staff');
    expect(await page('/tracking')).toBe('staff');
  });
});
