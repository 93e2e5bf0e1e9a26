import {
  allowedRectificationActions,
  isWithin,
  levelRank,
  ROLE_REQUEST_LEVEL,
  rolePermissions,
  type TPermission,
  type TRectificationAction,
  type TRectificationFacts,
  type TRectificationLevel,
  type TRoleAssignment,
} from '@zhucun/core';

/**
 * The level an account acts at on a problem in `divisionCode` under a permission: the highest level of
 * its roles that hold the permission over that division (a cadre: the village; a township's
 * administrator: the township; the county's: the county). Null when none does.
 */
export function actingLevel(
  grants: readonly Pick<TRoleAssignment, 'role' | 'divisionCode'>[],
  divisionCode: string,
  permission: TPermission,
): TRectificationLevel | null {
  let best: TRectificationLevel | null = null;
  for (const g of grants) {
    const level = ROLE_REQUEST_LEVEL[g.role];
    if (!level || !rolePermissions(g.role).includes(permission)) continue;
    if (g.divisionCode !== null && !isWithin(divisionCode, g.divisionCode)) continue;
    if (best === null || levelRank(level) > levelRank(best)) best = level;
  }
  return best;
}

const REPORTING: readonly TRectificationAction[] = ['progress', 'report'];

/** The buttons a viewer sees: reports at their reporting level, decisions at their reviewing level. */
export function viewerActions(
  item: TRectificationFacts & { divisionCode: string },
  grants: readonly Pick<TRoleAssignment, 'role' | 'divisionCode'>[],
): TRectificationAction[] {
  const reportAt = actingLevel(grants, item.divisionCode, 'rectification:report');
  const reviewAt = actingLevel(grants, item.divisionCode, 'rectification:review');
  return [
    ...(reportAt ? allowedRectificationActions(item, reportAt).filter((a) => REPORTING.includes(a)) : []),
    ...(reviewAt ? allowedRectificationActions(item, reviewAt).filter((a) => !REPORTING.includes(a)) : []),
  ];
}
