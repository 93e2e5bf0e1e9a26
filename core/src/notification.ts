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
] as const;
export type TNotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(kind: string): kind is TNotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}
