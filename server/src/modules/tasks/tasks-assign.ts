import {
  assignerLevelOf,
  localDate,
  type TScope,
  type TTaskCreateInput,
  type TTaskSource,
  ZTaskCreate,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { insertNotificationsOnce } from '../notifications/notifications.repository.ts';
import {
  findCountyCode,
  findDivisionName,
  findDivisionsUnder,
  findPostedUnder,
  insertAssignments,
  insertTask,
} from './tasks.repository.ts';
import { findHolderAccounts } from './tasks-recipients.repository.ts';

type TNewAssignment = {
  assigneeKind: 'township' | 'village' | 'person';
  divisionCode: string;
  personId: number | null;
};

/** The level a scope assigns from: its widest code (county or township); none for a village's. */
export async function assignerCodeOf(db: TDb, scope: TScope): Promise<string> {
  const code = scope.all
    ? await findCountyCode(db)
    : ([...scope.codes].sort((a, b) => a.length - b.length)[0] ?? null);
  if (!code || !assignerLevelOf(code)) throw new AppError('forbidden', 'task_assigner_level');
  return code;
}

/**
 * Expands the target into assignments within the assigner's reach (docs/rules.md §4.9): townships
 * only from the county; villages and cadres under the assigner's code; a category to the cadres
 * posted there now. Anything outside is a 400 naming the field (never whose it is).
 */
async function expandTarget(db: TDb, under: string, target: ReturnType<typeof ZTaskCreate.parse>['target']) {
  if (target.kind === 'township' || target.kind === 'village') {
    if (target.kind === 'township' && assignerLevelOf(under) !== 'county')
      throw invalidField('target.codes', 'task_target_level');
    const codes = [...new Set(target.codes)];
    const found = await findDivisionsUnder(db, codes, target.kind, under);
    const missing = codes.filter((c) => !found.some((f) => f.code === c));
    if (missing.length)
      throw invalidField('target.codes', 'task_target_unknown', {
        codes: missing.join('、'),
        level: target.kind,
      });
    return found.map(
      (f): TNewAssignment => ({ assigneeKind: target.kind, divisionCode: f.code, personId: null }),
    );
  }
  const pick =
    target.kind === 'person' ? { personIds: [...new Set(target.personIds)] } : { category: target.category };
  const posted = await findPostedUnder(db, under, pick);
  if (target.kind === 'person' && posted.length !== pick.personIds?.length)
    throw invalidField('target.personIds', 'task_person_unknown');
  if (posted.length === 0) throw invalidField('target.category', 'task_no_assignees');
  return posted.map(
    (p): TNewAssignment => ({ assigneeKind: 'person', divisionCode: p.villageCode, personId: p.personId }),
  );
}

/**
 * 下达任务 in one step: the task, one assignment per assignee, the audit row and a `task_assigned`
 * notice to each holder's accounts, in one transaction (the caller's `tx` when given: a meeting's
 * decision becomes a task in the meeting's own transaction). `source` records where it came from.
 */
export async function assignTask(
  deps: { db: TDb; now: () => Date },
  scope: TScope,
  input: TTaskCreateInput,
  actor: { userId: number },
  ctx: TActorContext,
  options: { source?: TTaskSource; tx?: TDb } = {},
): Promise<{ id: number; assignments: number }> {
  const db = options.tx ?? deps.db;
  const task = ZTaskCreate.parse(input);
  const at = deps.now();
  const today = localDate(at);
  if (task.deadline < today) throw invalidField('deadline', 'task_deadline_past', { date: task.deadline });
  const under = await assignerCodeOf(db, scope);
  const planned = await expandTarget(db, under, task.target);
  const assignerName = await findDivisionName(db, under);
  const work = async (tx: TDb) => {
    const row = await insertTask(tx, {
      title: task.title,
      description: task.description,
      deadline: task.deadline,
      evidenceRequired: task.evidenceRequired,
      priority: task.priority,
      assignerCode: under,
      targetKind: task.target.kind,
      category: task.target.kind === 'category' ? task.target.category : null,
      sourceKind: options.source?.kind ?? null,
      sourceId: options.source?.id ?? null,
      createdBy: actor.userId,
      createdAt: at,
    });
    const rows = await insertAssignments(
      tx,
      planned.map((p) => ({ ...p, taskId: row.id, updatedAt: at })),
    );
    await recordAudit(tx, ctx, {
      action: 'task.assign',
      objectType: 'task',
      objectId: row.id,
      details: {
        title: task.title,
        deadline: task.deadline,
        targetKind: task.target.kind,
        assignments: rows.length,
        ...(options.source ? { source: options.source } : {}),
      },
    });
    const accounts = await findHolderAccounts(tx, rows);
    const notices = rows.flatMap((a, i) =>
      [...new Set(accounts[i])].map((userId) => ({
        userId,
        kind: 'task_assigned' as const,
        payload: {
          taskId: row.id,
          assignmentId: a.id,
          title: task.title,
          deadline: task.deadline,
          assignerName,
        },
        dedupeKey: `task-assigned:${a.id}:${userId}`,
        createdAt: at,
      })),
    );
    for (let i = 0; i < notices.length; i += 2000)
      await insertNotificationsOnce(tx, notices.slice(i, i + 2000));
    return { id: row.id, assignments: rows.length };
  };
  return options.tx ? work(options.tx) : deps.db.transaction(work);
}
