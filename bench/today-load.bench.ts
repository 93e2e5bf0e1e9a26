// npm run bench:today [-- --runs=N --rev=<commit>] — 今天 (/today), the stationed cadre's daily form, on a throttled
// phone (Chromium's network emulation 400 kbps, 400 ms RTT, CPU 4× slower; 360×740): the web app is
// built into a temporary directory and served by the demo server on a free port; the demo cadre
// `shuji` signs in through the API. Each run: a bare page (the profile's floor), 今天 cold (a fresh
// context, empty cache), 今天 warm (the same context again: HTTP cache, a service worker if the app
// registered one), the villagers' page /v/<token> cold. Time until the form is usable (保存 visible
// and enabled), First Contentful Paint, DOMContentLoaded and load: median and max over N runs (3).
// Then what the cold loads fetched: requests, JavaScript and CSS (bytes on the wire from CDP, and the
// gzip -9 size of the built files, the issue's budget unit), API requests; the ten largest JS files.
// The working tree is measured, or with --rev a committed revision (bench/source-tree.ts).
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, ROOT } from './lib.ts';
import {
  buildWeb,
  gzipOfBuilt,
  launchChromium,
  PROFILE,
  phoneContext,
  startDemoServer,
  type TDemoServer,
  type TLoadTimings,
  type TRequest,
  throttledPage,
  timedLoad,
} from './page-load.ts';
import { buttonUsable, loaded, readyWatcher } from './page-ready.ts';
import { signInOrThrow } from './processes.ts';
import { commitOf, exportCommit } from './source-tree.ts';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(option('runs') ?? 3);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs=N takes a whole number ≥ 1');
const VILLAGE = '140622100200'; // as e2e/public-page.spec.ts
const BARE = '/bench-bare.html';

type TScenario = 'bare page (cold)' | '今天 cold' | '今天 warm' | 'villagers /v/<token> cold';
const timings = new Map<TScenario, TLoadTimings[]>();
const fetched = new Map<TScenario, TRequest[][]>();

const tmp = mkdtempSync(path.join(os.tmpdir(), 'zhucun-bench-today-'));
chmodSync(tmp, 0o755); // as root, the embedded PostgreSQL's OS user must enter it
const dist = path.join(tmp, 'dist');
const rev = option('rev');
const commit = rev ? commitOf(rev) : null;
let server: TDemoServer | null = null;
let browser: Browser | null = null;
let cleaning: Promise<void> | null = null;
/** The browser, the server (SIGTERM: it stops its PostgreSQL) and the temporary directory, once. */
const cleanUp = () => {
  cleaning ??= (async () => {
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  })();
  return cleaning;
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void cleanUp().then(() => process.exit(130)));

/** One load measured: its timings, and everything fetched until the network was idle. */
async function measure(scenario: TScenario, load: () => Promise<[TLoadTimings, TRequest[]]>) {
  const [t, requests] = await load();
  timings.set(scenario, [...(timings.get(scenario) ?? []), t]);
  fetched.set(scenario, [...(fetched.get(scenario) ?? []), requests]);
  console.log(`  ${scenario}: usable at ${t.readyMs.toFixed(0)} ms, ${requests.length} requests`);
}

/** A fresh throttled phone context watching for `watcher`; `signIn` as shuji first. The context, its page, its requests. */
async function freshPage(base: string, signIn: boolean, watcher: string) {
  const context = await phoneContext(browser!, base);
  if (signIn) {
    const login = await context.request.post('/api/auth/login', {
      data: { username: 'shuji', password: DEMO_PASSWORD },
    });
    if (login.status() !== 200) throw new Error(`sign-in of shuji: ${login.status()} ${await login.text()}`);
  }
  return { context, ...(await throttledPage(context, watcher)) };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pathOf = (r: TRequest) => new URL(r.url).pathname;
const isJs = (r: TRequest) => pathOf(r).endsWith('.js');
const isCss = (r: TRequest) => pathOf(r).endsWith('.css');

try {
  console.log('building the web app …');
  const root = commit ? exportCommit(commit, path.join(tmp, 'src')) : ROOT;
  buildWeb(root, dist);
  writeFileSync(
    path.join(dist, BARE.slice(1)),
    '<!doctype html><meta charset="utf-8"><title>bare</title><p>bare</p>\n',
  );
  server = await startDemoServer(root, dist, path.join(tmp, 'data'));
  const base = server.base;
  const admin = await signInOrThrow(base, 'admin', DEMO_PASSWORD);
  const link = await fetch(`${base}/api/villages/${VILLAGE}/public-link`, {
    headers: { cookie: admin.cookie },
  });
  if (!link.ok) throw new Error(`public link of ${VILLAGE}: ${link.status} ${await link.text()}`);
  const villagePath = new URL(((await link.json()) as { url: string }).url).pathname;
  browser = await launchChromium();

  for (let run = 1; run <= runs; run++) {
    console.log(`run ${run} of ${runs}`);
    const bare = await freshPage(base, false, readyWatcher(loaded));
    await measure('bare page (cold)', async () => {
      const t = await timedLoad(bare.page, BARE);
      return [t, bare.takeRequests()];
    });
    await bare.context.close();

    const today = await freshPage(base, true, readyWatcher(buttonUsable, '保存'));
    for (const scenario of ['今天 cold', '今天 warm'] as const)
      await measure(scenario, async () => {
        const t = await timedLoad(today.page, '/today');
        await today.page.waitForLoadState('networkidle', { timeout: 300_000 });
        return [t, today.takeRequests()];
      });
    await today.context.close();

    const villagers = await freshPage(base, false, readyWatcher(buttonUsable, '提交诉求'));
    await measure('villagers /v/<token> cold', async () => {
      const t = await timedLoad(villagers.page, villagePath);
      await villagers.page.waitForLoadState('networkidle', { timeout: 300_000 });
      return [t, villagers.takeRequests()];
    });
    await villagers.context.close();
  }

  const { kbps, latencyMs, cpuSlowdown } = PROFILE;
  const tree = commit ? `commit ${commit.slice(0, 10)}` : 'the working tree';
  console.log(
    `\n今天 on a throttled phone (${tree}): ${kbps} kbps, ${latencyMs} ms RTT, CPU ${cpuSlowdown}× slower, 360×740; ${runs} runs`,
  );
  console.log(
    '\n| load | usable ms median | max | FCP ms median | max | DOMContentLoaded median | max | load median | max | service worker |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const [scenario, ts] of timings) {
    const col = (pick: (t: TLoadTimings) => number | null) => {
      const xs = ts.map(pick).filter((x): x is number => x !== null);
      return xs.length ? `${median(xs).toFixed(0)} | ${Math.max(...xs).toFixed(0)}` : '– | –';
    };
    const sw = ts.filter((t) => t.serviceWorker).length;
    console.log(
      `| ${scenario} | ${col((t) => t.readyMs)} | ${col((t) => t.fcpMs)} | ${col((t) => t.domContentLoadedMs)} | ${col((t) => t.loadMs)} | ${sw ? `controlled ${sw}/${ts.length}` : 'none'} |`,
    );
  }

  console.log(
    '\nwhat the first run fetched until the network was idle (KiB; gzip: gzip -9 of each built file the page ran; wire: bytes on the wire of the page’s requests)',
  );
  console.log(
    '\n| load | requests (each run) | from a cache | JS files | JS wire | JS gzip | CSS files | CSS wire | CSS gzip | API requests | all on the wire |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [scenario, all] of fetched) {
    const rs = all[0]!;
    const js = rs.filter(isJs);
    const css = rs.filter(isCss);
    // every file the page ran, once, wherever it came from (the network, the HTTP cache, a service worker)
    const gz = (xs: TRequest[]) =>
      kib(sum([...new Set(xs.map((r) => r.url))].map((u) => gzipOfBuilt(dist, u))));
    console.log(
      `| ${scenario} | ${all.map((r) => r.length).join(', ')} | ${rs.filter((r) => r.cached).length} | ${js.length} | ${kib(sum(js.map((r) => r.wire)))} | ${gz(js)} | ${css.length} | ${kib(sum(css.map((r) => r.wire)))} | ${gz(css)} | ${rs.filter((r) => pathOf(r).startsWith('/api/')).length} | ${kib(sum(rs.map((r) => r.wire)))} |`,
    );
  }

  const coldJs = fetched.get('今天 cold')![0]!.filter(isJs);
  console.log('\nthe ten largest JS files of 今天 cold\n\n| file | gzip KiB | wire KiB |\n|---|---:|---:|');
  for (const r of coldJs.sort((a, b) => gzipOfBuilt(dist, b.url) - gzipOfBuilt(dist, a.url)).slice(0, 10))
    console.log(`| ${pathOf(r)} | ${kib(gzipOfBuilt(dist, r.url))} | ${kib(r.wire)} |`);
} finally {
  await cleanUp();
}
