import type { TScope } from '@zhucun/core';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { divisions, dutyComments, dutyDays, persons, postings, units, users } from '../../db/schema.ts';
import { villageInScope } from '../duty/duty.repository.ts';

/** A person filed under a division in scope (the registry's rule), or by their account. */
export async function findBookPerson(
  exec: TDb,
  by: { scope: TScope; personId: number } | { userId: number },
) {
  const where =
    'userId' in by
      ? eq(persons.userId, by.userId)
      : and(eq(persons.id, by.personId), villageInScope(persons.filedUnder, by.scope));
  const [row] = await exec.select({ id: persons.id, name: persons.name }).from(persons).where(where).limit(1);
  return row;
}

/** The posting a year's book is headed with: the latest one touching the year, else the latest ever. */
export async function findPostingForYear(exec: TDb, personId: number, year: string) {
  const [row] = await exec
    .select({
      villageCode: postings.villageCode,
      villageName: divisions.name,
      category: postings.category,
      postTitle: postings.postTitle,
      unitName: units.name,
    })
    .from(postings)
    .innerJoin(divisions, eq(divisions.code, postings.villageCode))
    .leftJoin(units, eq(units.id, postings.unitId))
    .where(eq(postings.personId, personId))
    .orderBy(
      desc(
        sql`(${postings.startDate} <= ${`${year}-12-31`} and (${postings.actualEndDate} is null or ${postings.actualEndDate} >= ${`${year}-01-01`}))`,
      ),
      desc(postings.startDate),
    )
    .limit(1);
  return row;
}

/** A person's days of a year with their comments, by date. */
export async function findDaysOfYear(exec: TDb, personId: number, year: string) {
  const days = await exec
    .select()
    .from(dutyDays)
    .where(
      and(
        eq(dutyDays.personId, personId),
        sql`${dutyDays.date} >= ${`${year}-01-01`}`,
        sql`${dutyDays.date} <= ${`${year}-12-31`}`,
      ),
    )
    .orderBy(asc(dutyDays.date));
  const ids = days.map((d) => d.id);
  const comments = ids.length
    ? await exec
        .select({
          dutyDayId: dutyComments.dutyDayId,
          text: dutyComments.text,
          returned: dutyComments.returned,
          author: users.displayName,
        })
        .from(dutyComments)
        .innerJoin(users, eq(users.id, dutyComments.authorId))
        .where(inArray(dutyComments.dutyDayId, ids))
        .orderBy(asc(dutyComments.id))
    : [];
  return { days, comments };
}

/** A township in scope (else undefined). */
export async function findTownshipInScope(exec: TDb, scope: TScope, code: string) {
  const [row] = await exec
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(
      and(eq(divisions.code, code), eq(divisions.level, 'township'), villageInScope(divisions.code, scope)),
    )
    .limit(1);
  return row;
}
