import type { TTaskCreateInput } from '@zhucun/core';
import { addDays, localDate } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../db/client.ts';
import type { TTestApp } from './build-test-app.ts';

let seq = 0;

/** A task to assign through the API: a title only this call uses, due in `dueIn` days of the test clock. */
export function buildTask(t: TTestApp, target: TTaskCreateInput['target'], dueIn = 14): TTaskCreateInput {
  seq += 1;
  return {
    title: `测试任务 ${seq} ${Math.random().toString(36).slice(2, 7)}`,
    description: '按要求完成并上传佐证',
    deadline: addDays(localDate(t.clock.now()), dueIn),
    evidenceRequired: '现场照片或文字说明',
    priority: 'normal',
    target,
  };
}

/** `n` villages (not communities) of a township, in code order. */
export async function villagesOf(db: TDb, township: string, n: number): Promise<string[]> {
  const rows = await rowsOf<{ code: string }>(
    db,
    sql`select code from divisions where kind = 'village' and code like ${`${township}%`} order by code limit ${n}`,
  );
  return rows.map((r) => r.code);
}

/**
 * Inserts a task straight into the database (dates the API would refuse: a deadline already past), with
 * one assignment per village, by the assigner `assignerCode` and the account `createdBy`.
 */
export async function insertTestTask(
  db: TDb,
  f: { title: string; deadline: string; assignerCode: string; villages: string[]; createdBy: number },
): Promise<{ id: number; assignmentIds: number[] }> {
  const [task] = await rowsOf<{ id: number }>(
    db,
    sql`insert into tasks (title, deadline, assigner_code, target_kind, created_by)
        values (${f.title}, ${f.deadline}, ${f.assignerCode}, 'village', ${f.createdBy}) returning id`,
  );
  const ids: number[] = [];
  for (const v of f.villages) {
    const [a] = await rowsOf<{ id: number }>(
      db,
      sql`insert into task_assignments (task_id, assignee_kind, division_code) values (${task!.id}, 'village', ${v}) returning id`,
    );
    ids.push(a!.id);
  }
  return { id: task!.id, assignmentIds: ids };
}

/** The id of a demo account. */
export async function userIdOf(db: TDb, username: string): Promise<number> {
  const [row] = await rowsOf<{ id: number }>(db, sql`select id from users where username = ${username}`);
  return row!.id;
}
