/**
 * The cadre's pages served by the light build (web/light.html, docs/web.md §Size) rather than the full
 * app: the server answers these paths with light.html, and the service worker with its cached copy.
 */
export const LIGHT_PAGE_PATHS = ['/today', '/leave'] as const;

/** Whether an address (its path, without the query) is one of the light build's pages. */
export function isLightPage(pathname: string): boolean {
  return (LIGHT_PAGE_PATHS as readonly string[]).includes(pathname.replace(/\/+$/, '') || '/');
}
