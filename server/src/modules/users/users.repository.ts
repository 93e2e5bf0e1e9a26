import { randomBytes } from 'node:crypto';
import type { TRole, TScope, TUserListQuery } from '@zhucun/core';
import { and, asc, count, desc, eq, exists, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { divisions, roleAssignments, units, users } from '../../db/schema.ts';

export type TUserRow = typeof users.$inferSelect;
export type TGrantRow = {
  userId: number;
  role: TRole;
  divisionCode: string | null;
  divisionName: string | null;
  unitId: number | null;
  unitName: string | null;
};

/**
 * Finds the account of a sign-in name: its username (case-insensitive) or its phone. At most one
 * matches: usernames are never all digits and phones always are (checked by the database).
 */
export async function findUserByLogin(exec: TDb, login: string): Promise<TUserRow | undefined> {
  const [row] = await exec
    .select()
    .from(users)
    .where(or(eq(sql`lower(${users.username})`, login.toLowerCase()), eq(users.phone, login)))
    .limit(1);
  return row;
}

export async function findUserById(exec: TDb, id: number): Promise<TUserRow | undefined> {
  const [row] = await exec.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function findUserByUsername(exec: TDb, username: string): Promise<TUserRow | undefined> {
  const [row] = await exec
    .select()
    .from(users)
    .where(eq(sql`lower(${users.username})`, username.toLowerCase()))
    .limit(1);
  return row;
}

export async function findUserByPhone(exec: TDb, phone: string): Promise<TUserRow | undefined> {
  const [row] = await exec.select().from(users).where(eq(users.phone, phone)).limit(1);
  return row;
}

/** Role grants of some accounts, with the names of their divisions. */
export async function findGrants(exec: TDb, userIds: number[]): Promise<TGrantRow[]> {
  if (userIds.length === 0) return [];
  const rows = await exec
    .select({
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      divisionCode: roleAssignments.divisionCode,
      divisionName: divisions.name,
      unitId: roleAssignments.unitId,
      unitName: units.name,
    })
    .from(roleAssignments)
    .leftJoin(divisions, eq(divisions.code, roleAssignments.divisionCode))
    .leftJoin(units, eq(units.id, roleAssignments.unitId))
    .where(inArray(roleAssignments.userId, userIds))
    .orderBy(asc(roleAssignments.id));
  return rows.map((r) => ({ ...r, role: r.role as TRole }));
}

/** SQL condition: the account holds at least one role anchored inside the scope. */
function userInScope(scope: TScope): SQL | undefined {
  if (scope.all) return undefined;
  const inside = or(...scope.codes.map((c) => sql`${roleAssignments.divisionCode} like ${`${c}%`}`));
  return exists(
    sql`(select 1 from ${roleAssignments} where ${roleAssignments.userId} = ${users.id} and (${inside}))`,
  );
}

export async function findUsers(exec: TDb, scope: TScope, q: TUserListQuery) {
  const conds: (SQL | undefined)[] = [userInScope(scope)];
  if (q.q) {
    const like = `%${q.q}%`;
    conds.push(or(ilike(users.username, like), ilike(users.displayName, like), ilike(users.phone, like)));
  }
  if (q.role) {
    conds.push(
      exists(
        sql`(select 1 from ${roleAssignments} where ${roleAssignments.userId} = ${users.id} and ${roleAssignments.role} = ${q.role})`,
      ),
    );
  }
  const where = and(...conds);
  const items = await exec
    .select()
    .from(users)
    .where(where)
    .orderBy(desc(users.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await exec.select({ n: count() }).from(users).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

/** One account, only when it lies in the scope. */
export async function findUserInScope(exec: TDb, scope: TScope, id: number): Promise<TUserRow | undefined> {
  const [row] = await exec
    .select()
    .from(users)
    .where(and(eq(users.id, id), userInScope(scope)))
    .limit(1);
  return row;
}

export async function insertUser(exec: TDb, values: typeof users.$inferInsert): Promise<TUserRow> {
  const [row] = await exec.insert(users).values(values).returning();
  return row!;
}

/**
 * Inserts an account named `<prefix><its id>`, e.g. `cadre-1043`: a cadre's account is never named
 * after their phone (the phone signs in by itself, and the name shows in lists and the audit log).
 */
export async function insertUserNamedById(
  exec: TDb,
  prefix: string,
  values: Omit<typeof users.$inferInsert, 'username'>,
): Promise<TUserRow> {
  const user = await insertUser(exec, {
    ...values,
    username: `${prefix}new-${randomBytes(6).toString('hex')}`,
  });
  return updateUser(exec, user.id, { username: `${prefix}${user.id}` });
}

export async function updateUser(
  exec: TDb,
  id: number,
  values: Partial<typeof users.$inferInsert>,
): Promise<TUserRow> {
  const [row] = await exec.update(users).set(values).where(eq(users.id, id)).returning();
  return row!;
}

export async function replaceGrants(
  exec: TDb,
  userId: number,
  grants: { role: TRole; divisionCode: string | null; unitId?: number | null }[],
): Promise<void> {
  await exec.delete(roleAssignments).where(eq(roleAssignments.userId, userId));
  await exec
    .insert(roleAssignments)
    .values(
      grants.map((g) => ({ userId, role: g.role, divisionCode: g.divisionCode, unitId: g.unitId ?? null })),
    );
}

export async function countUsers(exec: TDb): Promise<number> {
  const [row] = await exec.select({ n: count() }).from(users);
  return Number(row?.n ?? 0);
}

/** Accounts of the demo county (published password). */
export async function countDemoUsers(exec: TDb): Promise<number> {
  const [row] = await exec.select({ n: count() }).from(users).where(eq(users.isDemo, true));
  return Number(row?.n ?? 0);
}

/** The seeded `admin` of a production database that has never signed in, if there is one. */
export async function findNeverSignedInAdmin(exec: TDb): Promise<{ id: number } | undefined> {
  const [row] = await exec
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.username, 'admin'), eq(users.isDemo, false), isNull(users.lastLoginAt)));
  return row;
}
