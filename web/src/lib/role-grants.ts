import { ROLE_SCOPE_LEVEL, type TRole, type TRoleAssignment, type TRoleGrant } from '@zhucun/core';

export type TRoleRow = { role?: TRole; divisionCode?: string | null; unitId?: number | null };

/** Form rows → role grants: unscoped roles never carry a division code. */
export function toRoleGrants(rows: readonly TRoleRow[] | undefined): TRoleGrant[] {
  return (rows ?? [])
    .filter((row): row is TRoleRow & { role: TRole } => row.role !== undefined)
    .map((row) => ({
      role: row.role,
      divisionCode: ROLE_SCOPE_LEVEL[row.role] ? row.divisionCode?.trim() || null : null,
      // only a dispatching unit's administrator is tied to a unit
      unitId: row.role === 'unit_admin' ? (row.unitId ?? null) : null,
    }));
}

/** A user's current roles → form rows. */
export function toRoleRows(roles: readonly TRoleAssignment[]): TRoleRow[] {
  return roles.map((r) => ({ role: r.role, divisionCode: r.divisionCode, unitId: r.unitId }));
}
