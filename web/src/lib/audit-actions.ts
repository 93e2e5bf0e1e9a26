import { isAuditObjectType, ROLES, type TAuditEntry, type TRole } from '@zhucun/core';
import type { TFunction } from 'i18next';

export const OUTCOME_COLOR = { success: 'green', failure: 'orange', denied: 'red' } as const;

/** A role code as the interface names it; an unknown value (or a list) is shown as it is. */
export function roleLabel(value: string | null, t: TFunction): string {
  if (!value) return '—';
  return (ROLES as readonly string[]).includes(value) ? t(`roles.${value as TRole}`) : value;
}

/** What an audit row is about, e.g. `在岗记录 #17192`; an unknown type is shown as it is. */
export function auditObjectLabel(e: Pick<TAuditEntry, 'objectType' | 'objectId'>, t: TFunction): string {
  const type =
    e.objectType && isAuditObjectType(e.objectType) ? t(`audit.objectTypes.${e.objectType}`) : e.objectType;
  return [type, e.objectId].filter(Boolean).join(' #') || '—';
}
