import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { persons, postings, users } from '../../db/schema.ts';
import { findUsersWithRoleOver } from '../notifications/recipients.repository.ts';

/** Who hears of an assignment: its holder's accounts (a cadre; a village's posted cadres; a township's administrators). */

/** Enabled accounts of the cadres posted (active) in some villages, by village. */
export async function findAccountsPostedIn(
  exec: TDb,
  villageCodes: string[],
): Promise<{ villageCode: string; userId: number }[]> {
  if (villageCodes.length === 0) return [];
  const rows = await exec
    .selectDistinct({ villageCode: postings.villageCode, userId: persons.userId })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .innerJoin(users, and(eq(users.id, persons.userId), isNull(users.disabledAt)))
    .where(
      and(
        inArray(postings.villageCode, villageCodes),
        isNull(postings.actualEndDate),
        isNotNull(persons.userId),
      ),
    );
  return rows.map((r) => ({ villageCode: r.villageCode, userId: r.userId! }));
}

/** Enabled accounts of some persons, by person. */
export async function findAccountsOfPersons(
  exec: TDb,
  personIds: number[],
): Promise<{ personId: number; userId: number }[]> {
  if (personIds.length === 0) return [];
  const rows = await exec
    .select({ personId: persons.id, userId: persons.userId })
    .from(persons)
    .innerJoin(users, and(eq(users.id, persons.userId), isNull(users.disabledAt)))
    .where(inArray(persons.id, personIds));
  return rows.map((r) => ({ personId: r.personId, userId: r.userId! }));
}

/** The administrators of a level: the county's (county_admin) or a township's (township_admin). */
export function findLevelAdmins(exec: TDb, code: string): Promise<number[]> {
  return findUsersWithRoleOver(exec, code.length <= 6 ? 'county_admin' : 'township_admin', code);
}

export type THolder = { assigneeKind: string; divisionCode: string; personId: number | null };

/** The accounts holding each of some assignments (by index), read in three queries at most. */
export async function findHolderAccounts(exec: TDb, holders: readonly THolder[]): Promise<number[][]> {
  const villages = [
    ...new Set(holders.filter((h) => h.assigneeKind === 'village').map((h) => h.divisionCode)),
  ];
  const people = [...new Set(holders.flatMap((h) => (h.personId !== null ? [h.personId] : [])))];
  const townships = [
    ...new Set(holders.filter((h) => h.assigneeKind === 'township').map((h) => h.divisionCode)),
  ];
  const posted = await findAccountsPostedIn(exec, villages);
  const own = await findAccountsOfPersons(exec, people);
  const admins = new Map<string, number[]>();
  for (const t of townships) admins.set(t, await findUsersWithRoleOver(exec, 'township_admin', t));
  const byVillage = new Map<string, number[]>();
  for (const p of posted) byVillage.set(p.villageCode, [...(byVillage.get(p.villageCode) ?? []), p.userId]);
  const byPerson = new Map(own.map((o) => [o.personId, [o.userId]]));
  return holders.map((h) => {
    if (h.assigneeKind === 'person') return byPerson.get(h.personId!) ?? [];
    if (h.assigneeKind === 'village') return byVillage.get(h.divisionCode) ?? [];
    return admins.get(h.divisionCode) ?? [];
  });
}
