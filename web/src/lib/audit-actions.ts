import { ROLES, type TRole } from '@zhucun/core';
import type { TFunction } from 'i18next';

export const OUTCOME_COLOR = { success: 'green', failure: 'orange', denied: 'red' } as const;

/** A role code as the interface names it; an unknown value (or a list) is shown as it is. */
export function roleLabel(value: string | null, t: TFunction): string {
  if (!value) return '—';
  return (ROLES as readonly string[]).includes(value) ? t(`roles.${value as TRole}`) : value;
}
