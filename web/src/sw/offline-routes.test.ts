import { describe, expect, it } from 'vitest';
import { isOfflineApi, offlineRouteOf, shellHtmlOf } from './offline-routes.ts';

const VILLAGERS = new Set(['/assets/public-BAYGPeGn.js', '/assets/public-7eHlX_hQ.css']);
const route = (address: string, navigate = false) =>
  offlineRouteOf(new URL(address, 'https://zhucun.example'), navigate, VILLAGERS);

describe('what the service worker answers', () => {
  it('answers the app’s routes as pages (network first, then the cached index.html)', () => {
    for (const path of [
      '/',
      '/today',
      '/leave',
      '/login',
      '/cadres/12',
      '/tracking',
      '/today?date=2026-03-02',
    ])
      expect(route(path, true), path).toBe('page');
  });

  it('never answers the villagers’ page, the API or a file when navigating', () => {
    for (const path of ['/v/AAAAAAAAAAAAAAAAAAAAAA', '/track', '/track/ABCDEFGHJK', '/api/docs', '/api'])
      expect(route(path, true), path).toBeNull();
    for (const path of ['/sw.js', '/favicon.svg', '/api/duty/my/book.docx?year=2026', '/index.html'])
      expect(route(path, true), path).toBeNull();
  });

  it('keeps hashed files, but not the villagers’ page’s own', () => {
    expect(route('/assets/today-page-Bw12ER_S.js')).toBe('asset');
    expect(route('/assets/main-Yxb0Rl7G.css')).toBe('asset');
    expect(route('/assets/public-BAYGPeGn.js')).toBeNull();
    expect(route('/assets/public-7eHlX_hQ.css')).toBeNull();
    expect(route('/favicon.svg')).toBeNull();
    expect(route('/manifest.webmanifest')).toBeNull();
  });

  it('keeps only the answers 今天 and 请假 render from, never staff lists or downloads', () => {
    for (const path of [
      '/api/auth/me',
      '/api/duty/today',
      '/api/todos',
      '/api/notifications',
      '/api/absences/mine',
    ])
      expect(route(path), path).toBe('data');
    for (const path of [
      '/api/cadres',
      '/api/users',
      '/api/absences',
      '/api/duty/my/book.docx?year=2026',
      '/api/tasks/export.xlsx',
      '/api/duty/photos/3',
      '/api/public/villages/AAAA',
    ])
      expect(route(path), path).toBeNull();
  });

  it('keeps the day’s own visits on 今天, not a staff list of visits', () => {
    const q = (query: string) => isOfflineApi('/api/visits', new URLSearchParams(query));
    expect(q('from=2026-12-07&to=2026-12-07&personId=1')).toBe(true);
    expect(q('from=2026-12-01&to=2026-12-07&personId=1')).toBe(false);
    expect(q('from=2026-12-07&to=2026-12-07')).toBe(false);
    expect(q('')).toBe(false);
  });

  it('answers the cadre’s light pages offline with light.html, the others with index.html', () => {
    expect(shellHtmlOf('/leave')).toBe('/light.html');
    expect(shellHtmlOf('/duty/absences')).toBe('/index.html');
    expect(shellHtmlOf('/')).toBe('/index.html');
  });
});
