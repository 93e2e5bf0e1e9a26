import type { TPermission } from '@zhucun/core';

export type TNavKey = 'home' | 'me' | 'cadres' | 'units' | 'users' | 'audit';
export type TNavItem = { key: TNavKey; path: string; permission: TPermission };

/** The app's pages in menu order, each with the permission that opens it. */
export const NAV_ITEMS: readonly TNavItem[] = [
  { key: 'home', path: '/', permission: 'divisions:read' },
  { key: 'me', path: '/me', permission: 'profile:self' },
  { key: 'cadres', path: '/cadres', permission: 'registry:read' },
  { key: 'units', path: '/units', permission: 'registry:read' },
  { key: 'users', path: '/users', permission: 'users:read' },
  { key: 'audit', path: '/audit', permission: 'audit:read' },
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
  const match = NAV_ITEMS.filter((i) => i.path !== '/').find(
    (i) => pathname === i.path || pathname.startsWith(`${i.path}/`),
  );
  if (match) return match.key;
  return pathname === '/' ? 'home' : null;
}

/** A safe place to return to after sign-in: an in-app path, never another origin or the login page. */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return null;
  if (value.startsWith('/login') || value.startsWith('/change-password')) return null;
  return value;
}
