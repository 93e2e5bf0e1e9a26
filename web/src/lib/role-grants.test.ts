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
      { role: 'township_admin', divisionCode: '140622100', unitId: null },
      { role: 'audit_admin', divisionCode: null, unitId: null },
    ]);
  });

  it('turns an empty code into null', () => {
    expect(toRoleGrants([{ role: 'cadre', divisionCode: '' }])).toEqual([
      { role: 'cadre', divisionCode: null, unitId: null },
    ]);
    expect(toRoleGrants(undefined)).toEqual([]);
  });
});

describe('toRoleRows', () => {
  it('keeps role and code', () => {
    expect(
      toRoleRows([
        { role: 'county_admin', divisionCode: '140622', divisionName: '应县', unitId: null, unitName: null },
      ]),
    ).toEqual([{ role: 'county_admin', divisionCode: '140622', unitId: null }]);
  });
});

describe('a dispatching unit administrator', () => {
  it('keeps the unit only for unit_admin', () => {
    expect(
      toRoleGrants([
        { role: 'unit_admin', divisionCode: '140622', unitId: 7 },
        { role: 'township_admin', divisionCode: '140622100', unitId: 7 },
      ]),
    ).toEqual([
      { role: 'unit_admin', divisionCode: '140622', unitId: 7 },
      { role: 'township_admin', divisionCode: '140622100', unitId: null },
    ]);
  });
});
