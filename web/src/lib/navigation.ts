import type { TPermission } from '@zhucun/core';

export type TNavKey =
  | 'today'
  | 'leave'
  | 'mentees'
  | 'home'
  | 'me'
  | 'cadres'
  | 'units'
  | 'awards'
  | 'dutyLogs'
  | 'absences'
  | 'spotChecks'
  | 'meetings'
  | 'compliance'
  | 'mentoring'
  | 'requests'
  | 'requestLedger'
  | 'visits'
  | 'homes'
  | 'projects'
  | 'battleMap'
  | 'selections'
  | 'tasks'
  | 'rectification'
  | 'outcomes'
  | 'bulletins'
  | 'reports'
  | 'users'
  | 'audit'
  | 'loginLocks'
  | 'myViolations'
  | 'myRating'
  | 'rating'
  | 'ratingNotice'
  | 'ratingForms'
  | 'ratingSurvey'
  | 'ratingPriority'
  | 'ratingAdmonishments'
  | 'violations'
  | 'conduct'
  | 'rules'
  | 'dutyLists';
export type TNavItem = { key: TNavKey; path: string; permission: TPermission };

/** The app's pages in menu order, each with the permission that opens it. */
export const NAV_ITEMS: readonly TNavItem[] = [
  // a cadre's own pages first: a cadre lands on 今天
  { key: 'today', path: '/today', permission: 'duty:self' },
  { key: 'leave', path: '/leave', permission: 'duty:self' },
  { key: 'myViolations', path: '/my-violations', permission: 'duty:self' },
  { key: 'myRating', path: '/my-rating', permission: 'duty:self' },
  // a mentor lands on their mentees
  { key: 'mentees', path: '/mentoring/mine', permission: 'mentoring:own' },
  { key: 'home', path: '/', permission: 'divisions:read' },
  { key: 'me', path: '/me', permission: 'profile:self' },
  { key: 'cadres', path: '/cadres', permission: 'registry:read' },
  { key: 'units', path: '/units', permission: 'registry:read' },
  { key: 'awards', path: '/awards', permission: 'registry:read' },
  { key: 'dutyLogs', path: '/duty/logs', permission: 'duty:read' },
  { key: 'absences', path: '/duty/absences', permission: 'duty:read' },
  { key: 'spotChecks', path: '/duty/spot-checks', permission: 'duty:read' },
  { key: 'meetings', path: '/meetings', permission: 'duty:read' },
  { key: 'compliance', path: '/duty/compliance', permission: 'duty:read' },
  { key: 'mentoring', path: '/mentoring', permission: 'mentoring:read' },
  { key: 'requests', path: '/requests', permission: 'requests:read' },
  { key: 'requestLedger', path: '/requests/ledger', permission: 'requests:read' },
  { key: 'visits', path: '/visits', permission: 'requests:read' },
  { key: 'homes', path: '/homes', permission: 'homes:read' },
  { key: 'projects', path: '/projects', permission: 'projects:read' },
  { key: 'battleMap', path: '/projects/battle-map', permission: 'projects:read' },
  { key: 'selections', path: '/project-selections', permission: 'projects:read' },
  { key: 'tasks', path: '/tasks', permission: 'tasks:read' },
  { key: 'rectification', path: '/rectification', permission: 'rectification:read' },
  { key: 'outcomes', path: '/outcomes', permission: 'outcomes:read' },
  { key: 'bulletins', path: '/bulletins', permission: 'bulletins:read' },
  { key: 'reports', path: '/reports', permission: 'duty:read' },
  { key: 'rating', path: '/rating', permission: 'rating:read' },
  { key: 'ratingForms', path: '/rating/forms', permission: 'rating:evaluate' },
  { key: 'ratingSurvey', path: '/rating/survey', permission: 'rating:read' },
  { key: 'ratingNotice', path: '/rating/notice', permission: 'rules:read' },
  { key: 'ratingPriority', path: '/rating/priority', permission: 'rating:read' },
  { key: 'ratingAdmonishments', path: '/rating/admonishments', permission: 'rating:read' },
  { key: 'violations', path: '/violations', permission: 'violations:read' },
  { key: 'conduct', path: '/violations/catalogue', permission: 'conduct:manage' },
  { key: 'users', path: '/users', permission: 'users:read' },
  { key: 'audit', path: '/audit', permission: 'audit:read' },
  { key: 'loginLocks', path: '/login-locks', permission: 'logins:unlock' },
  { key: 'rules', path: '/rules', permission: 'rules:write' },
  { key: 'dutyLists', path: '/duty-lists', permission: 'duty_lists:write' },
];

export function allowedNavItems(permissions: readonly TPermission[]): TNavItem[] {
  return NAV_ITEMS.filter((item) => permissions.includes(item.permission));
}

/** Where a user lands: the first page their permissions open, or null when none does. */
export function firstAllowedPath(permissions: readonly TPermission[]): string | null {
  return allowedNavItems(permissions)[0]?.path ?? null;
}

/** The menu entry a location belongs to (for highlighting). */
export function navKeyOf(pathname: string): TNavKey | null {
  // the longest path wins: /requests/ledger is the ledger, /requests/12 the queue
  const match = NAV_ITEMS.filter((i) => i.path !== '/')
    .filter((i) => pathname === i.path || pathname.startsWith(`${i.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (match) return match.key;
  return pathname === '/' ? 'home' : null;
}

/** A safe place to return to after sign-in: an in-app path, never another origin or the login page. */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return null;
  if (value.startsWith('/login') || value.startsWith('/change-password')) return null;
  return value;
}
