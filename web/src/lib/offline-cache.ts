import { CLEAR_DATA_MESSAGE, DATA_CACHE } from '../sw/offline-routes.ts';

/**
 * Registers the service worker (/sw.js, scope /) once the page has loaded, so installing it never
 * competes with the first paint. Production builds only: the dev server has no /sw.js. When a first
 * worker takes over the open page, `onFirstControl` runs (main.tsx refetches the page's data through
 * it, so what the cadre sees is kept for offline reading without a reload).
 */
export function registerServiceWorker(onFirstControl: () => void): void {
  if (!('serviceWorker' in navigator)) return;
  if (!navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', onFirstControl, { once: true });
  }
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // no worker (private mode, an old browser): the app works online as before
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Asks the controlling worker to drop the data too (so an answer on its way is not written back). */
function askWorkerToClear(): Promise<void> {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return Promise.resolve();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    worker.postMessage(CLEAR_DATA_MESSAGE, [channel.port2]);
    // a worker that never answers must not hold up signing out
    setTimeout(resolve, 2000);
  });
}

/**
 * Deletes the API answers kept for offline reading (the signed-in person's data), keeping the app
 * shell: called on sign-out and when another account signs in. TanStack Query's memory is cleared by
 * the caller.
 */
export async function clearCachedPersonalData(): Promise<void> {
  if (typeof caches === 'undefined') return;
  // a browser that refuses storage has nothing kept either: signing out goes on
  await Promise.all([askWorkerToClear(), caches.delete(DATA_CACHE).catch(() => false)]);
}
