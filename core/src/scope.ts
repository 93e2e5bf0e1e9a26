import { isWithin } from './division.ts';
import { ROLE_PERMISSIONS, type TPermission, type TRole } from './roles.ts';

/** What part of the data a permission reaches: everything, or the divisions under some codes. */
export type TScope = { all: true } | { all: false; codes: string[] };

export type TGrant = { role: TRole; divisionCode: string | null };

/**
 * The data scope of a permission for an account: the union of the divisions of the
 * roles that grant it. A role granting it without a division (the MLPS admins) reaches all.
 */
export function scopeFor(grants: readonly TGrant[], permission: TPermission): TScope | null {
  const granting = grants.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission));
  if (granting.length === 0) return null;
  if (granting.some((g) => g.divisionCode === null)) return { all: true };
  return { all: false, codes: [...new Set(granting.map((g) => g.divisionCode as string))] };
}

/** True when a division code lies inside the scope. */
export function inScope(scope: TScope, code: string | null): boolean {
  if (scope.all) return true;
  if (code === null) return false;
  return scope.codes.some((s) => isWithin(code, s));
}
