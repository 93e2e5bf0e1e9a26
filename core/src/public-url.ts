/**
 * The address villagers reach Zhucun at (PUBLIC_URL): printed in every village's QR code and on its
 * signs. One that names this machine (localhost, 127.x.x.x, ::1, 0.0.0.0) works for nobody else.
 */

/** Whether an address points at the machine it is opened on: no villager's phone can reach it. */
export function isLocalAddress(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  host = host.replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === '0.0.0.0' ||
    host === '::1' ||
    host === '::'
  );
}

/** Why a PUBLIC_URL is refused, or null: an http(s) address without query or fragment. */
export function publicUrlProblem(value: string): 'not_url' | 'not_http' | 'has_query' | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not_url';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'not_http';
  if (url.search || url.hash) return 'has_query';
  return null;
}
