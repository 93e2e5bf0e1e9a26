import { describe, expect, it } from 'vitest';
import { toRoleGrants, toRoleRows } from './role-grants.ts';

describe('toRoleGrants', () => {
  it('drops the division of unscoped roles and keeps scoped ones', () => {
    expect(
      toRoleGrants([
        { role: 'township_admin', divisionCode: ' 140622100 ' },
        { role: 'audit_admin', divisionCode: '140622' },
        { divisionCode: '1' },
      ]),
    ).toEqual([
      { role: 'township_admin', divisionCode: '140622100' },
      { role: 'audit_admin', divisionCode: null },
    ]);
  });

  it('turns an empty code into null', () => {
    expect(toRoleGrants([{ role: 'cadre', divisionCode: '' }])).toEqual([
      { role: 'cadre', divisionCode: null },
    ]);
    expect(toRoleGrants(undefined)).toEqual([]);
  });
});

describe('toRoleRows', () => {
  it('keeps role and code', () => {
    expect(toRoleRows([{ role: 'county_admin', divisionCode: '140622', divisionName: '应县' }])).toEqual([
      { role: 'county_admin', divisionCode: '140622' },
    ]);
  });
});
