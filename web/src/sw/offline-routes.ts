import { isLightPage } from '@zhucun/core';

/*
 * What the service worker (service-worker.ts) may answer, decided from the address alone so it is
 * tested here without a browser. Everything not named here goes to the network untouched.
 */

/** The app shell of one build: `zhucun-shell-<version>`; a new build's worker deletes the others. */
export const SHELL_CACHE_PREFIX = 'zhucun-shell-';

/** The API answers 今天 and /leave render from when offline; sign-out deletes this cache. */
export const DATA_CACHE = 'zhucun-data-v1';

/** The message a page posts to the worker to drop the personal data cache (sign-out). */
export const CLEAR_DATA_MESSAGE = 'zhucun:clear-personal-data';

/**
 * The GET answers the cadre's 今天 and 请假 pages need to render, by path (the query is part of the
 * cached key). Only these are ever kept on the phone; every other API answer (registries, staff
 * lists, downloads) stays off the disk.
 */
export const OFFLINE_API_PATHS: ReadonlySet<string> = new Set([
  '/api/auth/me', // the session: who is signed in, their permissions
  '/api/notifications', // the bell in the header
  '/api/todos',
  '/api/duty/today',
  '/api/duty/my/presence',
  '/api/duty/my/spot-checks',
  '/api/duty/my/meetings',
  '/api/tasks/mine',
  '/api/project-plans/mine',
  '/api/visits/summary',
  '/api/absences/mine', // 请假
]);

/** The page an app route is, kept for offline: the light build's for the cadre's own pages. */
export function shellHtmlOf(pathname: string): '/light.html' | '/index.html' {
  return isLightPage(pathname) ? '/light.html' : '/index.html';
}

/** The villagers' page: its own bundle, never answered by the staff app's worker. */
export function isVillagersPath(pathname: string): boolean {
  return pathname.startsWith('/v/') || pathname === '/track' || pathname.startsWith('/track/');
}

/**
 * Whether a GET of the API may be kept for offline reading: a path of the allow-list, or the day's
 * own visits on 今天 (`/api/visits?from=D&to=D&personId=N`, one person and one day), not the staff's
 * visit lists.
 */
export function isOfflineApi(pathname: string, search: URLSearchParams): boolean {
  if (OFFLINE_API_PATHS.has(pathname)) return true;
  if (pathname !== '/api/visits') return false;
  const from = search.get('from');
  return from !== null && from === search.get('to') && search.has('personId');
}

export type TOfflineRoute = 'page' | 'asset' | 'data' | null;

/**
 * How the worker answers a same-origin GET: `page` (a navigation to an app route: network first,
 * offline the cached index.html), `asset` (a hashed file under /assets/: cache first), `data` (an
 * allow-listed API answer: network first, offline the cached answer), or null (not answered at all).
 * `villagersFiles` are the villagers' page's own files, never answered.
 */
export function offlineRouteOf(
  url: URL,
  navigate: boolean,
  villagersFiles: ReadonlySet<string>,
): TOfflineRoute {
  const { pathname } = url;
  if (pathname.startsWith('/api/'))
    return !navigate && isOfflineApi(pathname, url.searchParams) ? 'data' : null;
  if (navigate) {
    // a file (/sw.js, /favicon.svg, a download) or the villagers' page is not the app
    const last = pathname.slice(pathname.lastIndexOf('/') + 1);
    return isVillagersPath(pathname) || last.includes('.') || pathname === '/api' ? null : 'page';
  }
  if (pathname.startsWith('/assets/') && !villagersFiles.has(pathname)) return 'asset';
  return null;
}
