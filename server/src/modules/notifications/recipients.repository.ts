import { DISPATCHED_CATEGORIES, ROLE_REQUEST_LEVEL, type TOwnerLevel, type TRole } from '@zhucun/core';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { persons, postings, roleAssignments, users } from '../../db/schema.ts';

/** Who hears of what: the accounts a notification goes to, one place for every module that sends one. */

/** Enabled accounts holding one of the roles over a village (a township's or the county's administrators). */
export async function findUsersWithRolesOver(
  exec: TDb,
  roles: readonly string[],
  villageCode: string,
): Promise<number[]> {
  if (roles.length === 0) return [];
  const rows = await exec
    .selectDistinct({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        inArray(roleAssignments.role, [...roles]),
        isNull(users.disabledAt),
        sql`${villageCode} like ${roleAssignments.divisionCode} || '%'`,
      ),
    );
  return rows.map((r) => r.userId);
}

/** Accounts holding a role over a village (its township's or the county's administrators). */
export function findUsersWithRoleOver(exec: TDb, role: string, villageCode: string): Promise<number[]> {
  return findUsersWithRolesOver(exec, [role], villageCode);
}

/**
 * The village's stationed cadres who can open its requests: an enabled account whose person has an
 * active posting there in a dispatched category (not the village committee), with a cadre's role over it.
 */
export async function findStationedCadreAccounts(exec: TDb, villageCode: string): Promise<number[]> {
  const rows = await exec
    .selectDistinct({ userId: users.id })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .innerJoin(users, and(eq(users.id, persons.userId), isNull(users.disabledAt)))
    .innerJoin(
      roleAssignments,
      and(
        eq(roleAssignments.userId, users.id),
        eq(roleAssignments.role, 'cadre'),
        sql`${villageCode} like ${roleAssignments.divisionCode} || '%'`,
      ),
    )
    .where(
      and(
        eq(postings.villageCode, villageCode),
        isNull(postings.actualEndDate),
        inArray(postings.category, [...DISPATCHED_CATEGORIES]),
      ),
    );
  return rows.map((r) => r.userId);
}

/** The roles that work requests at a level (docs/rules.md §4.3): township administrators for the township … */
const rolesWorkingAt = (level: TOwnerLevel): TRole[] =>
  (Object.entries(ROLE_REQUEST_LEVEL) as [TRole, TOwnerLevel][])
    .filter(([, l]) => l === level)
    .map(([r]) => r);

/**
 * Who handles a village's requests at a level: at the village its stationed cadres; at the township
 * and the county the accounts whose scope covers the village and whose role works requests there.
 */
export function findRequestHandlers(exec: TDb, level: TOwnerLevel, villageCode: string): Promise<number[]> {
  if (level === 'village') return findStationedCadreAccounts(exec, villageCode);
  return findUsersWithRolesOver(exec, rolesWorkingAt(level), villageCode);
}
