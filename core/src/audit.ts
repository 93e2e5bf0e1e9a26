import { z } from 'zod';

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export const ZAuditOutcome = z.enum(AUDIT_OUTCOMES);
export type TAuditOutcome = z.infer<typeof ZAuditOutcome>;

/**
 * Every action the audit log records. The server's `recordAudit` accepts only these, and the web
 * names each one (a test fails when one has no label in Chinese or English).
 */
export const AUDIT_ACTIONS = [
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
  'rules.update',
  'unit.create',
  'unit.update',
  'cadre.create',
  'cadre.update',
  'cadre.update_own_phone',
  'cadre.unmask',
  'cadre.export',
  'cadre.import',
  'cadre.photo.set',
  'cadre.photo.remove',
  'posting.create',
  'posting.end',
  'duty.return',
  'duty.attendance_correct',
  'absence.apply',
  'absence.approve',
  'absence.reject',
  'absence.withdraw',
  'absence.recall_alert',
  'spot_check.create',
  'spot_check.answer',
  'household.create',
  'visit.create',
  'request.register',
  'request.unmask',
  'request.accept',
  'request.start',
  'request.resolve',
  'request.hand_up',
  'request.escalate',
  'request.follow_up',
  'request.withdraw',
  'request.mark_duplicate',
  'request.not_ours',
  'village.public_token_rotate',
  'home.create',
  'home.update',
  'home.occupant_add',
  'home.occupant_remove',
  'home.photo_add',
  'home.photo_remove',
  'home.delete',
  'home.contract_file_set',
  'home_funding.create',
  'home_funding.correct',
  'home_funding.export',
  'mentoring.assign',
  'mentoring.end',
  'mentoring.talk',
  'mentoring.comment',
  'project.create',
  'project.update',
  'project.submit',
  'project.return',
  'project.approve',
  'project.file',
  'project.start',
  'project.request_acceptance',
  'project.pass_acceptance',
  'project.fail_acceptance',
  'project.stop',
  'project.milestone_create',
  'project.milestone_update',
  'project.milestone_done',
  'project.milestone_reopen',
  'project.milestone_drop',
  'project.progress_report',
  'project.progress_tie',
  'project.progress_untie',
  'project.progress_comment',
  'project.criteria_set',
  'project.criteria_amend',
  'project.assess',
  'project.assess_edit',
  'project.accept',
  'project.export',
  'selection.open',
  'selection.set_quotas',
  'selection.nominate',
  'selection.withdraw_nomination',
  'selection.panel_add',
  'selection.panel_remove',
  'selection.open_scoring',
  'selection.score',
  'selection.publish_notice',
  'selection.record_objection',
  'selection.handle_objection',
  'selection.reopen_scoring',
  'selection.confirm',
  'selection.case_update',
  'selection.case_photo_add',
  'selection.case_photo_remove',
] as const;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(action: string): action is TAuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

/** What an audit row is about (its `objectType`); the web names each one, like the actions. */
export const AUDIT_OBJECT_TYPES = [
  'absence',
  'cadre',
  'division',
  'duty_day',
  'home',
  'home_funding_entry',
  'household',
  'login',
  'mentor_pair',
  'mentoring_talk',
  'posting',
  'project',
  'project_assessment',
  'project_award',
  'project_nomination',
  'project_objection',
  'project_selection',
  'request',
  'rules',
  'spot_check',
  'unit',
  'user',
  'visit',
] as const;
export type TAuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

export function isAuditObjectType(type: string): type is TAuditObjectType {
  return (AUDIT_OBJECT_TYPES as readonly string[]).includes(type);
}

/** Minimum retention of audit rows (MLPS 2.0: at least 180 days). */
export const AUDIT_RETENTION_DAYS = 180;

export const ZAuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  role: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  outcome: ZAuditOutcome,
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditQuery = z.object({
  actor: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  outcome: ZAuditOutcome.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditList = z.object({ items: z.array(ZAuditEntry), total: z.number().int() });

export const ZAuditVerification = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  firstBrokenId: z.number().int().nullable(),
});
