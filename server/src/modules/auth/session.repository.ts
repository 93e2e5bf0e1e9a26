import type { TRole } from '@zhucun/core';
import { and, eq, lt, ne, or, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { divisions, roleAssignments, sessions, units, users } from '../../db/schema.ts';

export type TSessionRow = typeof sessions.$inferSelect;

export async function insertSession(exec: TDb, values: typeof sessions.$inferInsert): Promise<void> {
  await exec.insert(sessions).values(values);
}

export type TGrantJson = {
  role: TRole;
  divisionCode: string | null;
  divisionName: string | null;
  unitId: number | null;
  unitName: string | null;
};

/** A session with its account and the account's role grants, in one round trip (it runs on every request). */
export async function findSessionWithUser(exec: TDb, id: string) {
  const grants = sql<TGrantJson[]>`coalesce((
    select json_agg(json_build_object('role', ra.role, 'divisionCode', ra.division_code, 'divisionName', d.name,
      'unitId', ra.unit_id, 'unitName', u.name) order by ra.id)
    from ${roleAssignments} ra left join ${divisions} d on d.code = ra.division_code
      left join ${units} u on u.id = ra.unit_id
    where ra.user_id = ${users.id}), '[]'::json)`;
  const [row] = await exec
    .select({ session: sessions, user: users, grants })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id))
    .limit(1);
  return row;
}

export async function touchSession(exec: TDb, id: string, at: Date): Promise<void> {
  await exec.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

export async function deleteSession(exec: TDb, id: string): Promise<void> {
  await exec.delete(sessions).where(eq(sessions.id, id));
}

/** Ends every session of an account (disable, password reset), optionally keeping one. */
export async function deleteUserSessions(exec: TDb, userId: number, keepId?: string): Promise<void> {
  await exec
    .delete(sessions)
    .where(keepId ? and(eq(sessions.userId, userId), ne(sessions.id, keepId)) : eq(sessions.userId, userId));
}

/** Removes sessions past their absolute limit or idle for longer than their idle limit. */
export async function deleteExpiredSessions(exec: TDb, now: Date): Promise<number> {
  const idleSince = sql`${sessions.lastSeenAt} + ${sessions.idleMinutes} * interval '1 minute' < ${now}`;
  const gone = await exec
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), idleSince))
    .returning({ id: sessions.id });
  return gone.length;
}
