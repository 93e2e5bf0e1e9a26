import { describe, expect, it } from 'vitest';
import { allowedNavItems, firstAllowedPath, navKeyOf, safeReturnPath } from './navigation.ts';

describe('navigation', () => {
  it('filters the menu by permission', () => {
    expect(allowedNavItems(['divisions:read', 'audit:read']).map((i) => i.key)).toEqual(['home', 'audit']);
  });

  it('lands a user without divisions:read on their first allowed page', () => {
    expect(firstAllowedPath(['audit:read'])).toBe('/audit');
    expect(firstAllowedPath(['users:read', 'roles:assign'])).toBe('/users');
    expect(firstAllowedPath(['divisions:read', 'users:read'])).toBe('/');
    expect(firstAllowedPath([])).toBeNull();
    // a mentor lands on their mentees, before the division tree
    expect(firstAllowedPath(['divisions:read', 'rules:read', 'mentoring:own'])).toBe('/mentoring/mine');
  });

  it('highlights the right menu entry', () => {
    expect(navKeyOf('/')).toBe('home');
    expect(navKeyOf('/users')).toBe('users');
    expect(navKeyOf('/cadres/12')).toBe('cadres');
    expect(navKeyOf('/units')).toBe('units');
    expect(navKeyOf('/audit/5')).toBe('audit');
    expect(navKeyOf('/mentoring')).toBe('mentoring');
    expect(navKeyOf('/mentoring/mine/12')).toBe('mentees');
    expect(navKeyOf('/projects/12')).toBe('projects');
    expect(navKeyOf('/projects/battle-map')).toBe('battleMap');
    expect(navKeyOf('/nowhere')).toBeNull();
  });

  it('only returns to in-app paths', () => {
    expect(safeReturnPath('/users?q=a')).toBe('/users?q=a');
    expect(safeReturnPath('//evil.example')).toBeNull();
    expect(safeReturnPath('https://evil.example')).toBeNull();
    expect(safeReturnPath('/login')).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
  });
});
