import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { loginThrottle, users } from '../../db/schema.ts';

/** The address of a login name's account-wide row (a lock for every address). */
export const ANY_ADDRESS = '*';

/** The later of the locks on this login name from this address and on the account as a whole, if any. */
export async function findLock(exec: TDb, login: string, address: string, at: Date): Promise<Date | null> {
  const [row] = await exec
    .select({ until: sql<Date | null>`max(${loginThrottle.lockedUntil})`.mapWith(loginThrottle.lockedUntil) })
    .from(loginThrottle)
    .where(
      and(
        eq(loginThrottle.login, login),
        inArray(loginThrottle.address, [address, ANY_ADDRESS]),
        gt(loginThrottle.lockedUntil, at),
      ),
    );
  return row?.until ?? null;
}

/** Counts one more failure from the address (from 1 again once its lock has expired); returns the new count. */
export async function addFailure(exec: TDb, login: string, address: string, at: Date): Promise<number> {
  const expired = sql`${loginThrottle.lockedUntil} <= ${at.toISOString()}::timestamptz`;
  const [row] = await exec
    .insert(loginThrottle)
    .values({ login, address, failures: 1, updatedAt: at })
    .onConflictDoUpdate({
      target: [loginThrottle.login, loginThrottle.address],
      set: {
        failures: sql`case when ${expired} then 1 else ${loginThrottle.failures} + 1 end`,
        lockedUntil: sql`case when ${expired} then null else ${loginThrottle.lockedUntil} end`,
        updatedAt: at,
      },
    })
    .returning({ failures: loginThrottle.failures });
  return row?.failures ?? 1;
}

/** Failures of the login name since `since`, and from how many addresses. */
export async function recentFailures(exec: TDb, login: string, since: Date) {
  const [row] = await exec
    .select({
      failures: sql<number>`coalesce(sum(${loginThrottle.failures}), 0)::int`,
      addresses: sql<number>`count(*)::int`,
    })
    .from(loginThrottle)
    .where(
      and(
        eq(loginThrottle.login, login),
        sql`${loginThrottle.address} <> ${ANY_ADDRESS}`,
        gt(loginThrottle.updatedAt, since),
      ),
    );
  return { failures: row?.failures ?? 0, addresses: row?.addresses ?? 0 };
}

/** Locks the login name from one address, or from every address (`ANY_ADDRESS`). */
export async function lockLogin(exec: TDb, login: string, address: string, until: Date, at: Date) {
  await exec
    .insert(loginThrottle)
    .values({ login, address, failures: 0, lockedUntil: until, updatedAt: at })
    .onConflictDoUpdate({
      target: [loginThrottle.login, loginThrottle.address],
      set: { lockedUntil: until, updatedAt: at },
    });
}

/** Forgets the failures of the login name: from one address, or (without one) all of them. */
export async function clearFailures(exec: TDb, login: string, address?: string): Promise<number> {
  const rows = await exec
    .delete(loginThrottle)
    .where(and(eq(loginThrottle.login, login), address ? eq(loginThrottle.address, address) : undefined))
    .returning({ login: loginThrottle.login });
  return rows.length;
}

/** Which of these login names are locked at `at`, from any address. */
export async function findLockedLogins(exec: TDb, logins: string[], at: Date): Promise<Set<string>> {
  if (logins.length === 0) return new Set();
  const rows = await exec
    .select({ login: loginThrottle.login })
    .from(loginThrottle)
    .where(and(inArray(loginThrottle.login, logins), gt(loginThrottle.lockedUntil, at)));
  return new Set(rows.map((r) => r.login));
}

/** Every lock in force at `at`, with the account it names (if the name is an account's). */
export async function findLocks(exec: TDb, at: Date) {
  return exec
    .select({
      login: loginThrottle.login,
      address: loginThrottle.address,
      failures: loginThrottle.failures,
      lockedUntil: loginThrottle.lockedUntil,
      userId: users.id,
      displayName: users.displayName,
    })
    .from(loginThrottle)
    .leftJoin(
      users,
      sql`lower(${users.username}) = ${loginThrottle.login} or ${users.phone} = ${loginThrottle.login}`,
    )
    .where(gt(loginThrottle.lockedUntil, at))
    .orderBy(loginThrottle.login, loginThrottle.address);
}
