import type { TSpotCheckItem } from '@zhucun/core';
import type { TFunction } from 'i18next';

/** True when the check is excused by the cadre's rest (a rest day, a night of rest), not by leave or duty. */
export const excusedByRest = (c: TSpotCheckItem): boolean =>
  c.excusedBy !== null && !('startDate' in c.excusedBy);

/** The finding as shown: 休息 for a check excused by the cadre's rest, the finding's own name otherwise. */
export function findingLabel(c: TSpotCheckItem, t: TFunction): string {
  return excusedByRest(c)
    ? t('dutyReview.spotChecks.rest')
    : t(`dutyReview.spotChecks.findings.${c.finding}`);
}

/** Why a check is excused: the approved leave or official duty of that day, or the cadre's rest; null when it is not. */
export function excuseText(c: TSpotCheckItem, t: TFunction): string | null {
  const excuse = c.excusedBy;
  if (!excuse) return null;
  return 'startDate' in excuse
    ? t('dutyReview.spotChecks.excusedBy', {
        kind: t(`dutyReview.absences.kinds.${excuse.kind}`),
        start: excuse.startDate,
        end: excuse.endDate,
      })
    : t(`dutyReview.spotChecks.restExcused.${excuse.kind}`);
}
