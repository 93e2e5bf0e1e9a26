import { ROLES, type TRole } from '@zhucun/core';
import type { TFunction } from 'i18next';

/** Audit actions the server records today; the interface names them, and shows any other code as it is. */
export const KNOWN_AUDIT_ACTIONS = [
  'auth.login',
  'auth.logout',
  'auth.lockout',
  'auth.unlock',
  'auth.password_change',
  'access.denied',
  'user.create',
  'user.update',
  'user.set_roles',
  'user.disable',
  'user.enable',
  'user.reset_password',
  'division.import',
  'division.set_point',
  'home.create',
  'home.update',
  'home.occupant_add',
  'home.occupant_remove',
  'home.photo_add',
  'home.photo_remove',
  'home.delete',
  'home.contract_file_set',
  'home_funding.export',
  'home_funding.create',
  'home_funding.correct',
] as const;
export type TKnownAuditAction = (typeof KNOWN_AUDIT_ACTIONS)[number];

export function isKnownAuditAction(action: string): action is TKnownAuditAction {
  return (KNOWN_AUDIT_ACTIONS as readonly string[]).includes(action);
}

export const OUTCOME_COLOR = { success: 'green', failure: 'orange', denied: 'red' } as const;

/** A role code as the interface names it; an unknown value (or a list) is shown as it is. */
export function roleLabel(value: string | null, t: TFunction): string {
  if (!value) return '—';
  return (ROLES as readonly string[]).includes(value) ? t(`roles.${value as TRole}`) : value;
}
