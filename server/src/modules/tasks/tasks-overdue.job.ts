import { localDate, taskOverdueKey, taskState } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { rowsOf, STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { insertNotificationsOnce } from '../notifications/notifications.repository.ts';
import { findHolderAccounts, findLevelAdmins } from './tasks-recipients.repository.ts';

type TCandidate = {
  id: number;
  taskId: number;
  title: string;
  deadline: string;
  assignerCode: string;
  assigneeKind: string;
  divisionCode: string;
  divisionName: string;
  personId: number | null;
  personName: string | null;
};

/** Assignments still open past their deadline whose passing was not told yet (a slice at a time). */
function findUntoldOverdue(exec: TDb, today: string, limit: number): Promise<TCandidate[]> {
  return rowsOf<TCandidate>(
    exec,
    sql`select a.id, t.id as "taskId", t.title, t.deadline::text as deadline, t.assigner_code as "assignerCode",
        a.assignee_kind as "assigneeKind", a.division_code as "divisionCode", d.name as "divisionName",
        a.person_id as "personId", p.name as "personName"
      from task_assignments a join tasks t on t.id = a.task_id
      join divisions d on d.code = a.division_code
      left join persons p on p.id = a.person_id
      where a.state = 'open' and t.deadline < ${today}
        and (a.overdue_told_for is null or a.overdue_told_for <> t.deadline)
      order by a.id limit ${limit}`,
  );
}

/**
 * Overdue tasks (docs/rules.md §4.9): each assignment still open past its deadline is told once
 * (`task_overdue`) to its holder's accounts and to the assigning level's administrators, and marked
 * told for that deadline in the same transaction. Safe to run any number of times. Returns the notices added.
 */
export function createTaskOverdueJob(deps: { db: TDb }) {
  const { db } = deps;
  return async function notifyOverdueTasks(now: Date): Promise<number> {
    const today = localDate(now);
    let added = 0;
    for (;;) {
      const n = await withStatementTimeout(db, STATEMENT_TIMEOUT_MS.job, async (tx) => {
        const batch = await findUntoldOverdue(tx, today, 1000);
        if (batch.length === 0) return -1;
        const holders = await findHolderAccounts(tx, batch);
        const levels = new Map<string, number[]>();
        for (const code of new Set(batch.map((c) => c.assignerCode)))
          levels.set(code, await findLevelAdmins(tx, code));
        const notices = batch.flatMap((c, i) => {
          const { overdueDays } = taskState({ deadline: c.deadline, doneOn: null }, today);
          const to = new Set([...(holders[i] ?? []), ...(levels.get(c.assignerCode) ?? [])]);
          return [...to].map((userId) => ({
            userId,
            kind: 'task_overdue' as const,
            payload: {
              taskId: c.taskId,
              assignmentId: c.id,
              title: c.title,
              deadline: c.deadline,
              overdueDays,
              divisionName: c.divisionName,
              personName: c.personName ?? '',
            },
            dedupeKey: `${taskOverdueKey(c)}:${userId}`,
            createdAt: now,
          }));
        });
        let count = 0;
        for (let i = 0; i < notices.length; i += 2000)
          count += await insertNotificationsOnce(tx, notices.slice(i, i + 2000));
        await tx.execute(
          sql`update task_assignments a set overdue_told_for = t.deadline from tasks t
              where t.id = a.task_id and a.id in (${sql.join(
                batch.map((c) => sql`${c.id}`),
                sql`, `,
              )})`,
        );
        return count;
      });
      if (n < 0) return added;
      added += n;
    }
  };
}
export type TTaskOverdueJob = ReturnType<typeof createTaskOverdueJob>;
