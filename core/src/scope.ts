import { isWithin } from './division.ts';
import { rolePermissions, type TAccessOptions, type TPermission, type TRole } from './roles.ts';

/**
 * What part of the data a permission reaches: everything, or the divisions under some codes
 * (and, for a dispatching unit's administrator, the cadres those units sent).
 */
export type TScope =
  | { all: true }
  | {
      all: false;
      codes: string[];
      unitIds?: number[];
      /** A mentor account whose active mentees' records the scope also reaches (结对帮带). */
      mentorUserId?: number;
    };

export type TGrant = { role: TRole; divisionCode: string | null; unitId?: number | null };

/** Permissions a role holds through its unit rather than its division (派出单位: its own cadres). */
const BY_UNIT: Partial<Record<TRole, readonly TPermission[]>> = {
  unit_admin: ['registry:read', 'registry:amend', 'rating:evaluate'],
};

/**
 * Permissions a role holds over its mentees' records rather than its division (结对帮带: a mentor
 * reads and comments on the projects their active mentees lead or claim). Without the asking
 * account's id (options.userId) they reach nothing.
 */
const BY_MENTEES: Partial<Record<TRole, readonly TPermission[]>> = {
  mentor: ['projects:read', 'projects:comment'],
};

/**
 * The data scope of a permission for an account: the union of the divisions of the
 * roles that grant it. A role granting it without a division (the MLPS admins) reaches all.
 */
export function scopeFor(
  grants: readonly TGrant[],
  permission: TPermission,
  options: TAccessOptions = {},
): TScope | null {
  const granting = grants.filter((g) => rolePermissions(g.role, options).includes(permission));
  if (granting.length === 0) return null;
  const byUnit = granting.filter((g) => BY_UNIT[g.role]?.includes(permission));
  const byMentees = granting.filter((g) => BY_MENTEES[g.role]?.includes(permission));
  const byDivision = granting.filter((g) => !byUnit.includes(g) && !byMentees.includes(g));
  if (byDivision.some((g) => g.divisionCode === null)) return { all: true };
  const codes = [...new Set(byDivision.map((g) => g.divisionCode as string))];
  const unitIds = [...new Set(byUnit.flatMap((g) => (g.unitId ? [g.unitId] : [])))];
  const scope: TScope = unitIds.length ? { all: false, codes, unitIds } : { all: false, codes };
  return byMentees.length && options.userId !== undefined
    ? { ...scope, mentorUserId: options.userId }
    : scope;
}

/** True when a division code lies inside the scope. */
export function inScope(scope: TScope, code: string | null): boolean {
  if (scope.all) return true;
  if (code === null) return false;
  return scope.codes.some((s) => isWithin(code, s));
}
