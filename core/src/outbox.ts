import type { TCodeLabels } from './code-labels.ts';

/**
 * The writes a cadre's phone keeps in its outbox while there is no signal (docs/web.md, the outbox):
 * each is sent later with its client id as `Idempotency-Key`, so the server stores it once.
 */
export const OUTBOX_KINDS = ['day', 'photo', 'visit', 'leave', 'task_report', 'project_report'] as const;
export type TOutboxKind = (typeof OUTBOX_KINDS)[number];

/**
 * Where an item of the outbox stands: waiting for a connection (or its turn), being sent, refused by the
 * server (its message kept, retried only when the cadre asks), or in conflict with a newer version
 * on the server (the cadre sees both and chooses).
 */
export const OUTBOX_STATES = ['waiting', 'sending', 'failed', 'conflict'] as const;
export type TOutboxState = (typeof OUTBOX_STATES)[number];

export const OUTBOX_KIND_LABELS: TCodeLabels<TOutboxKind> = {
  day: ['当天在村情况与工作日志', "The day's record and log"],
  photo: ['照片', 'Photo'],
  visit: ['走访和诉求', 'Visit and requests'],
  leave: ['请假申请', 'Leave request'],
  task_report: ['任务进展', 'Task report'],
  project_report: ['项目进展', 'Project progress report'],
};

export const OUTBOX_STATE_LABELS: TCodeLabels<TOutboxState> = {
  waiting: ['等待发送', 'Waiting to be sent'],
  sending: ['正在发送', 'Sending'],
  failed: ['未能发送', 'Not sent'],
  conflict: ['与服务器上的版本不同', 'Differs from the version on the server'],
};
