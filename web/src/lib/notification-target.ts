import { isNotificationKind, type TNotificationKind, type TPermission } from '@zhucun/core';
import type { TNotification } from '../api/notifications.ts';

type TKind = TNotificationKind | 'other';
const kindOf = (n: TNotification): TKind => (isNotificationKind(n.kind) ? n.kind : 'other');

/** Where an item leads: the day, my requests, the approval queue or the request (for those who may open it). */
export function notificationTarget(n: TNotification, permissions: readonly TPermission[]): string | null {
  const kind = kindOf(n);
  if (kind === 'reminder' || kind === 'log_returned' || kind === 'spot_check_discrepancy')
    return permissions.includes('duty:self') ? '/today' : null;
  if (kind === 'absence_decided') return permissions.includes('duty:self') ? '/leave' : null;
  if (kind === 'absence_waiting' || kind === 'recall_alert')
    return permissions.includes('duty:read') ? '/duty/absences' : null;
  if (kind === 'milestone_overdue' && typeof n.payload.projectId === 'number')
    return permissions.includes('projects:read') ? `/projects/${n.payload.projectId}` : null;
  if ((kind === 'task_assigned' || kind === 'task_overdue') && typeof n.payload.taskId === 'number')
    return permissions.includes('tasks:read') ? `/tasks/${n.payload.taskId}` : null;
  const aboutRectification =
    kind.startsWith('rectification_') || kind === 'admonishment_issued' || kind === 'cadre_admonished';
  if (aboutRectification && typeof n.payload.rectificationId === 'number')
    return permissions.includes('rectification:read') ? `/rectification/${n.payload.rectificationId}` : null;
  if (kind === 'violation_recorded' || kind === 'violation_decided')
    return permissions.includes('duty:self') ? '/my-violations' : null;
  if (kind === 'violation_answered' && typeof n.payload.violationId === 'number')
    return permissions.includes('violations:read') ? `/violations/${n.payload.violationId}` : null;
  if (kind === 'rating_notice_published' || kind === 'rating_appeal_decided')
    return permissions.includes('duty:self') ? '/my-rating' : null;
  if (kind === 'rating_appealed' && typeof n.payload.resultId === 'number')
    return permissions.includes('rating:read') ? `/rating/results/${n.payload.resultId}` : null;
  const aboutRequest = ['request_handed_up', 'request_submitted', 'request_reopened'].includes(kind);
  if (aboutRequest && typeof n.payload.requestId === 'number')
    return permissions.includes('requests:read') ? `/requests/${n.payload.requestId}` : null;
  return null;
}
