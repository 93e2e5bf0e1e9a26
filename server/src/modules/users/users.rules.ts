import {
  checkRoleSet,
  inScope,
  PRIVILEGED_ROLES,
  ROLE_SCOPE_LEVEL,
  type TDivisionLevel,
  type TRoleGrant,
  type TScope,
} from '@zhucun/core';
import type { TErrorDetail } from '../../errors.ts';

/** A grant as asked for: a division, and a unit for a dispatching unit's administrator. */
export type TGrantInput = Pick<TRoleGrant, 'role' | 'divisionCode'> & { unitId?: number | null };

export type TGrantContext = {
  /** Levels of the divisions the grants name (missing = no such division). */
  levels: Map<string, TDivisionLevel>;
  /** Where the granting administrator may anchor roles. */
  scope: TScope;
  /** Only system and security administrators may hand out the administrator roles. */
  mayGrantPrivileged: boolean;
  /** The dispatching units among those the grants name that exist. */
  units: Set<number>;
};

/** Every problem with a set of role grants for one account, each naming its field. */
export function checkGrants(grants: readonly TGrantInput[], ctx: TGrantContext): TErrorDetail[] {
  const problems: TErrorDetail[] = [];
  const set = checkRoleSet(grants.map((g) => g.role));
  if (set?.kind === 'separated_admins') problems.push({ field: 'roles', key: 'roles_separated' });
  if (set?.kind === 'duplicate')
    problems.push({ field: 'roles', key: 'roles_duplicate', params: { role: set.role } });
  grants.forEach((g, i) => {
    const field = `roles.${i}.divisionCode`;
    const unitField = `roles.${i}.unitId`;
    if (g.role === 'unit_admin' && (!g.unitId || !ctx.units.has(g.unitId)))
      problems.push({ field: unitField, key: 'role_needs_unit', params: { role: g.role } });
    if (g.role !== 'unit_admin' && g.unitId)
      problems.push({ field: unitField, key: 'role_no_unit', params: { role: g.role } });
    const level = ROLE_SCOPE_LEVEL[g.role];
    if (PRIVILEGED_ROLES.includes(g.role) && !ctx.mayGrantPrivileged) {
      problems.push({ field: `roles.${i}.role`, key: 'role_not_grantable', params: { role: g.role } });
      return;
    }
    if (level === null) {
      if (g.divisionCode) problems.push({ field, key: 'role_no_division', params: { role: g.role } });
      return;
    }
    if (!g.divisionCode) {
      problems.push({ field, key: 'role_needs_division', params: { role: g.role, level } });
      return;
    }
    const actual = ctx.levels.get(g.divisionCode);
    if (!actual) problems.push({ field, key: 'role_division_unknown', params: { code: g.divisionCode } });
    else if (actual !== level)
      problems.push({
        field,
        key: 'role_division_wrong_level',
        params: { role: g.role, level, code: g.divisionCode },
      });
    else if (!inScope(ctx.scope, g.divisionCode))
      problems.push({ field, key: 'role_out_of_scope', params: { code: g.divisionCode } });
  });
  return problems;
}
