/// <reference lib="webworker" />
/*
 * The staff app's service worker, built to /sw.js by web/vite.config.ts (which defines
 * __ZC_PRECACHE__). It lets a cadre open 今天 and 请假 with no network: the app shell and the cadre's
 * pages are kept from install on, a few API answers are kept for reading (offline-routes.ts). It never
 * answers a write (every non-GET goes to the network untouched), a download, another API answer, or
 * the villagers' page.
 */
import {
  CLEAR_DATA_MESSAGE,
  DATA_CACHE,
  offlineRouteOf,
  SHELL_CACHE_PREFIX,
  shellHtmlOf,
  type TOfflineRoute,
} from './offline-routes.ts';

declare const self: ServiceWorkerGlobalScope;
declare const __ZC_PRECACHE__: { version: string; files: string[]; villagersFiles: string[] };

// read once: the build writes the list here, as an object literal
const PRECACHE = __ZC_PRECACHE__;
const SHELL_CACHE = `${SHELL_CACHE_PREFIX}${PRECACHE.version}`;
const VILLAGERS_FILES: ReadonlySet<string> = new Set(PRECACHE.villagersFiles);

/**
 * Bumped whenever the personal data is dropped (sign-out, a 401): an answer that was on its way
 * while it happened is not written back afterwards.
 */
let dataGeneration = 0;

async function dropPersonalData(): Promise<void> {
  dataGeneration++;
  await caches.delete(DATA_CACHE);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      // `reload`: the server's copy, not one the browser's HTTP cache kept from an older build
      await cache.addAll(PRECACHE.files.map((file) => new Request(file, { cache: 'reload' })));
      // a new build takes over at once; its pages are all cached now
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(SHELL_CACHE_PREFIX) && name !== SHELL_CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data !== CLEAR_DATA_MESSAGE) return;
  event.waitUntil(dropPersonalData().then(() => event.ports[0]?.postMessage('cleared')));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  // writes (the outbox's too) go to the network untouched and are never cached
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const route: TOfflineRoute = offlineRouteOf(url, request.mode === 'navigate', VILLAGERS_FILES);
  if (route === 'page') event.respondWith(page(request));
  else if (route === 'asset') event.respondWith(asset(request, event));
  else if (route === 'data') event.respondWith(data(request, event));
});

/** An app route: the server's page, or offline the one this build cached (light.html or index.html). */
async function page(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(shellHtmlOf(new URL(request.url).pathname), { cacheName: SHELL_CACHE });
    if (cached) return cached;
    throw error;
  }
}

/** A hashed file: never changes, so the cached copy; one fetched now is kept for next time offline. */
async function asset(request: Request, event: FetchEvent): Promise<Response> {
  const cache = await caches.open(SHELL_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.status === 200 && response.type === 'basic') {
    event.waitUntil(cache.put(request, response.clone()));
  }
  return response;
}

/** An allow-listed API answer: the network's; offline the last 200 kept; a 401 drops them all. */
async function data(request: Request, event: FetchEvent): Promise<Response> {
  const generation = dataGeneration;
  let response: Response;
  try {
    response = await fetch(request);
  } catch (error) {
    const cached = await caches.match(request, { cacheName: DATA_CACHE, ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
  if (response.status === 401) {
    // signed out or expired: a cached session must not sign anyone in offline later
    event.waitUntil(dropPersonalData());
  } else if (response.status === 200 && generation === dataGeneration) {
    const copy = response.clone();
    event.waitUntil(caches.open(DATA_CACHE).then((cache) => cache.put(request, copy)));
  }
  return response;
}
