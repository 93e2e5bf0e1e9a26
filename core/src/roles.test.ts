import { describe, expect, it } from 'vitest';
import { checkRoleSet, isAdministrator, permissionsOf } from './roles.ts';
import { inScope, scopeFor } from './scope.ts';

describe('checkRoleSet', () => {
  it('refuses two of the three separated administrators on one account', () => {
    expect(checkRoleSet(['system_admin', 'audit_admin'])).toEqual({
      kind: 'separated_admins',
      roles: ['system_admin', 'audit_admin'],
    });
    expect(checkRoleSet(['security_admin', 'audit_admin'])?.kind).toBe('separated_admins');
  });
  it('accepts one administrator next to business roles', () => {
    expect(checkRoleSet(['system_admin', 'county_admin'])).toBeNull();
    expect(checkRoleSet(['cadre', 'mentor'])).toBeNull();
  });
  it('refuses an empty set and duplicates', () => {
    expect(checkRoleSet([])).toEqual({ kind: 'empty' });
    expect(checkRoleSet(['cadre', 'cadre'])).toEqual({ kind: 'duplicate', role: 'cadre' });
  });
});

describe('permissions and scope', () => {
  it('gives the audit administrator the audit log only', () => {
    expect(permissionsOf(['audit_admin'])).toEqual(['audit:read']);
  });
  it('treats county and MLPS administrators as administrators, not cadres', () => {
    expect(isAdministrator(['county_admin'])).toBe(true);
    expect(isAdministrator(['cadre', 'mentor'])).toBe(false);
  });
  it('narrows a township administrator to the township prefix', () => {
    const scope = scopeFor([{ role: 'township_admin', divisionCode: '140622100' }], 'divisions:read');
    expect(scope).toEqual({ all: false, codes: ['140622100'] });
    expect(inScope(scope!, '140622100201')).toBe(true);
    expect(inScope(scope!, '140622101200')).toBe(false);
    expect(inScope(scope!, '140622')).toBe(false);
  });
  it('has no scope for a permission no role grants', () => {
    expect(scopeFor([{ role: 'cadre', divisionCode: '140622100201' }], 'users:read')).toBeNull();
  });
  it('reaches a mentor’s mentees’ projects by the account, never the mentor role’s county', () => {
    const mentor = [{ role: 'mentor' as const, divisionCode: '140622' }];
    expect(scopeFor(mentor, 'projects:read', { userId: 42 })).toEqual({
      all: false,
      codes: [],
      mentorUserId: 42,
    });
    expect(scopeFor(mentor, 'projects:read')).toEqual({ all: false, codes: [] });
    expect(inScope(scopeFor(mentor, 'projects:read', { userId: 42 })!, '140622100201')).toBe(false);
    const both = [...mentor, { role: 'township_admin' as const, divisionCode: '140622100' }];
    expect(scopeFor(both, 'projects:read', { userId: 42 })).toEqual({
      all: false,
      codes: ['140622100'],
      mentorUserId: 42,
    });
    expect(scopeFor(mentor, 'projects:write', { userId: 42 })).toBeNull();
  });
  it('reaches everything for a role granted without division', () => {
    expect(scopeFor([{ role: 'system_admin', divisionCode: null }], 'users:read')).toEqual({ all: true });
  });
});

describe('the county’s access switches', () => {
  const unitGrant = [{ role: 'unit_admin' as const, divisionCode: '140622', unitId: 7 }];
  it('keeps a dispatching unit’s administrator read-only by default', () => {
    expect(permissionsOf(['unit_admin'])).not.toContain('registry:amend');
    expect(scopeFor(unitGrant, 'registry:amend')).toBeNull();
  });
  it('lets it amend the cadres it sent when the county allows, never register or post', () => {
    const options = { unitAdminMayEdit: true };
    expect(permissionsOf(['unit_admin'], options)).toContain('registry:amend');
    expect(permissionsOf(['unit_admin'], options)).not.toContain('registry:write');
    expect(scopeFor(unitGrant, 'registry:amend', options)).toEqual({ all: false, codes: [], unitIds: [7] });
  });
});
