// A page's first load in Chromium on a throttled phone, for bench/today-load.bench.ts: the web app
// built into a temporary directory, the demo server on it, a 360×740 phone context, Chromium's network
// emulation and CPU slowdown through CDP, and what the load fetched (from CDP's Network events).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/chromium-args.ts';
import { freePort } from '../e2e/free-port.ts';
import { readyMoment } from './page-ready.ts';
import { sleep, startNode, stopNode, type TNodeProcess, waitForPostmasterGone } from './processes.ts';

/** The network profile of the issue: 400 kbps both ways, 400 ms round trip, CPU 4× slower. */
export const PROFILE = { kbps: 400, latencyMs: 400, cpuSlowdown: 4 };

/** Builds the web app of the tree at `root` into `dist` (as e2e/playwright.config.ts does). */
export function buildWeb(root: string, dist: string): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist], {
    cwd: path.join(root, 'web'),
    stdio: 'inherit',
  });
}

export type TDemoServer = { base: string; process: TNodeProcess; stop: () => Promise<void> };

/**
 * The demo server of the tree at `root` on a free port serving `dist`, data in `dataDir`; resolves
 * once /api/health answers 200.
 */
export async function startDemoServer(root: string, dist: string, dataDir: string): Promise<TDemoServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startNode(root, 'server/src/main.ts', ['--demo'], {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    WEB_DIST: dist,
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
  });
  // SIGTERM: the server then stops the embedded PostgreSQL it started
  const stop = async () => {
    await stopNode(server, 'SIGTERM');
    await waitForPostmasterGone(path.join(dataDir, 'postgres'), 15_000);
  };
  for (const end = Date.now() + 180_000; Date.now() < end; await sleep(250)) {
    if (server.child.exitCode !== null) break;
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base, process: server, stop };
  }
  await stop();
  throw new Error(`the demo server did not answer /api/health:\n${server.output()}`);
}

/** Chromium as the end-to-end tests launch it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** A fresh phone context (empty cache, no cookies): 360×740, touch, zh-CN, Asia/Shanghai. */
export function phoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

export type TRequest = {
  url: string;
  /** Bytes on the wire (headers and the body as sent, compressed), 0 when served from a cache. */
  wire: number;
  cached: boolean;
};

/**
 * A page with the profile applied through CDP, watching every document it loads for its ready check
 * (`readyWatcher`), and every request it makes from now on.
 */
export async function throttledPage(context: BrowserContext, watcher: string) {
  const page = await context.newPage();
  await page.addInitScript(watcher);
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  const throughput = (PROFILE.kbps * 1000) / 8;
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: throughput,
    uploadThroughput: throughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
  let requests = new Map<string, TRequest>();
  cdp.on('Network.requestWillBeSent', (e) => {
    // a redirect reuses the id: the final request is the one counted
    requests.set(e.requestId, { url: e.request.url, wire: 0, cached: false });
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.cached = true;
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r && (e.response.fromDiskCache || e.response.fromServiceWorker || e.response.fromPrefetchCache))
      r.cached = true;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.wire = e.encodedDataLength;
  });
  return {
    page,
    /** The requests since the last call (or since the page was made), and a fresh list after. */
    takeRequests(): TRequest[] {
      const out = [...requests.values()];
      requests = new Map();
      return out;
    },
  };
}

export type TLoadTimings = {
  /** From navigation start until `ready` held. */
  readyMs: number;
  domContentLoadedMs: number;
  loadMs: number;
  /** First Contentful Paint, null when the browser reported none. */
  fcpMs: number | null;
  serviceWorker: boolean;
};

/**
 * Navigates to `url` and waits for the moment the page's ready check (`readyWatcher`, given to
 * `throttledPage`) first held, on the page's own clock (navigation start = 0); then the load event,
 * the navigation timings and First Contentful Paint.
 */
export async function timedLoad(page: Page, url: string): Promise<TLoadTimings> {
  await page.goto(url, { waitUntil: 'commit', timeout: 300_000 });
  const handle = await page.waitForFunction(readyMoment, undefined, { polling: 'raf', timeout: 300_000 });
  const readyMs = (await handle.jsonValue()) as number;
  await page.waitForLoadState('load', { timeout: 300_000 });
  // a string, not a function: bench/ is type-checked without the DOM's types
  const t = (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint', 'paint')[0];
    return {
      domContentLoadedMs: nav.domContentLoadedEventEnd,
      loadMs: nav.loadEventStart,
      fcpMs: fcp ? fcp.startTime : null,
      serviceWorker: !!navigator.serviceWorker?.controller,
    };
  })()`)) as Omit<TLoadTimings, 'readyMs'>;
  return { readyMs, ...t };
}

const gzipCache = new Map<string, number>();

/** The gzip size (level 9) of a file of the build, by its URL path; 0 when it is not one. */
export function gzipOfBuilt(dist: string, url: string): number {
  const file = path.join(dist, new URL(url).pathname);
  if (!gzipCache.has(file)) {
    let size = 0;
    try {
      size = gzipSync(readFileSync(file), { level: 9 }).length;
    } catch {
      size = 0; // not a file of the build (an API answer, a missing file)
    }
    gzipCache.set(file, size);
  }
  return gzipCache.get(file)!;
}
