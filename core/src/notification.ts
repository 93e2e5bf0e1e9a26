/**
 * What the bell can say: every kind of notification the server sends. The web app names each one
 * (a test fails when a kind has no label in Chinese or English).
 */
export const NOTIFICATION_KINDS = [
  'reminder', // the cadre has not recorded today yet
  'absence_waiting', // a leave or official-duty request awaits the approver
  'absence_decided', // the applicant's request was decided
  'log_returned', // a township returned the cadre's log for more detail
  'recall_alert', // a cadre's leave this year passed the recall limit
  'request_handed_up', // a villager's request was handed up to the recipient's level
  'spot_check_discrepancy', // a spot check found the cadre absent on a day they recorded as in the village
  'request_submitted', // a villager raised a request on the village's public page (QR code)
  'request_reopened', // a villager answered a resolved request as not satisfied on /track: it is open again
  'login_locked', // failed sign-ins locked the account's name, from one address or everywhere
  'milestone_overdue', // a project's milestone passed its due date undone: its owner and the township are told once per due date
  'task_assigned', // a task was assigned to the recipient, their village or their township (任务清单)
  'task_overdue', // an assignment passed its deadline undone: its assignee and the assigning level are told once
  'rectification_escalated', // 整改台账: an overdue problem moved up to the recipient's level for supervision
  'rectification_returned', // a problem's report was returned by the township or the county, with the reason
  'rectification_awaiting_review', // a problem's completion report awaits the recipient's review (township) or close (county)
  'violation_recorded', // 负面清单: a violation record of the recipient was made; they may answer in writing within the period
  'violation_answered', // the cadre answered (or appealed) a violation record the recipient made
  'violation_decided', // the county decided a violation record of the recipient (or their appeal)
  'meeting_tomorrow', // a meeting or video roll call the recipient is invited to starts within a day (三晋先锋)
  'meeting_soon', // … starts within the hour
  'rating_notice_published', // 星级评定: the year's results are on notice (公示); the cadre may read theirs and appeal once
  'rating_appealed', // a cadre appealed their result: the county's reviewers are told
  'rating_appeal_decided', // the county decided the recipient's appeal (kept or amended, with the reason)
  'admonishment_issued', // 诫勉: no star over the recipient's tenure; a rectification with its deadline is registered
  'cadre_admonished', // a cadre of the recipient's township was admonished (诫勉) and must rectify by a deadline
] as const;
export type TNotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(kind: string): kind is TNotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}
