import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TTestApp } from '../test/build-test-app.ts';

/** The built web app's pages, as stand-ins: the staff app, the cadre's light pages and the villagers' page. */
function fakeWebDist(): string {
  const dir = path.join(os.tmpdir(), `zhucun-web-dist-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>staff app</title>');
  writeFileSync(path.join(dir, 'public-page.html'), '<!doctype html><title>villagers</title>');
  writeFileSync(path.join(dir, 'light.html'), '<!doctype html><title>light pages</title>');
  writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(path.join(dir, 'manifest.webmanifest'), '{"name":"驻村干部管理平台","start_url":"/today"}');
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
    if (res.body.includes('light pages')) return 'light';
    return res.body.includes('villagers') ? 'villagers' : res.body.includes('staff app') ? 'staff' : res.body;
  };

  it('opens the villagers’ page for /track as typed, with or without the slash, and for a code', async () => {
    expect(await page('/track')).toBe('villagers');
    expect(await page('/track/')).toBe('villagers');
    expect(await page('/track/ABCDEFGHJK')).toBe('villagers');
    expect(await page('/v/AAAAAAAAAAAAAAAAAAAAAA')).toBe('villagers');
  });

  it('opens the cadre’s light pages (core’s LIGHT_PAGE_PATHS) from the light build, with its query', async () => {
    expect(await page('/leave')).toBe('light');
    expect(await page('/leave?date=2026-12-08')).toBe('light');
    const res = await t.app.inject({ method: 'GET', url: '/leave' });
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('keeps the staff app for everything else', async () => {
    expect(await page('/duty/absences')).toBe('staff');
    expect(await page('/login')).toBe('staff');
    expect(await page('/villages/140622100200')).toBe('staff');
    expect(await page('/tracking')).toBe('staff');
  });

  it('sends the service worker unhashed, checked on every visit, allowed to control the whole site', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/sw.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['service-worker-allowed']).toBe('/');
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('sends the app manifest as a manifest, and a policy that lets the page use it and the worker', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/manifest.webmanifest' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(res.json()).toMatchObject({ start_url: '/today' });
    // same origin: default-src 'self' covers manifest-src and worker-src (via script-src 'self')
    const csp = String(
      (await t.app.inject({ method: 'GET', url: '/today' })).headers['content-security-policy'],
    );
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/worker-src|manifest-src|child-src/);
  });
});
