import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { absences, divisions, dutyDays, persons, postings, units } from '../../db/schema.ts';

/** A posting of a cadre touching a date range, with the names a list shows. */
export type TPostingRow = {
  personId: number;
  personName: string;
  userId: number | null;
  villageCode: string;
  villageName: string;
  category: string;
  unitName: string | null;
  startDate: string;
  endDate: string | null;
};

/** Postings under a division (code prefix) that cover any day of [from, to], of the given categories. */
export async function findPostingsWithin(
  exec: TDb,
  prefix: string,
  from: string,
  to: string,
  categories: readonly string[],
): Promise<TPostingRow[]> {
  return exec
    .select({
      personId: postings.personId,
      personName: persons.name,
      userId: persons.userId,
      villageCode: postings.villageCode,
      villageName: divisions.name,
      category: postings.category,
      unitName: units.name,
      startDate: postings.startDate,
      endDate: postings.actualEndDate,
    })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .innerJoin(divisions, eq(divisions.code, postings.villageCode))
    .leftJoin(units, eq(units.id, postings.unitId))
    .where(
      and(
        sql`${postings.villageCode} like ${`${prefix}%`}`,
        inArray(postings.category, [...categories]),
        sql`${postings.startDate} <= ${to}`,
        or(isNull(postings.actualEndDate), sql`${postings.actualEndDate} >= ${from}`),
      ),
    )
    .orderBy(asc(postings.villageCode), asc(persons.name), asc(postings.startDate));
}

/**
 * Day statuses of some people within dates, in ONE query: a row per person carrying its days as
 * `date:day:night:logged` joined by commas (on PGlite a year of a county, 365,000 rows, comes back about six
 * times faster folded so than as one row per day), unfolded here, by person and date.
 */
export async function findStatusesOf(exec: TDb, personIds: number[], from: string, to: string) {
  if (personIds.length === 0) return [];
  const rows = await exec
    .select({
      personId: dutyDays.personId,
      // date:day:night:logged (1 when the day's log has work written)
      days: sql<string>`string_agg(to_char(${dutyDays.date}, 'YYYY-MM-DD') || ':' || ${dutyDays.dayPlace} || ':' || ${dutyDays.nightPlace} || ':' || (case when ${dutyDays.work} <> '' then '1' else '0' end), ',' order by ${dutyDays.date})`,
    })
    .from(dutyDays)
    .where(
      and(
        inArray(dutyDays.personId, personIds),
        sql`${dutyDays.date} >= ${from}`,
        sql`${dutyDays.date} <= ${to}`,
      ),
    )
    .groupBy(dutyDays.personId)
    .orderBy(asc(dutyDays.personId));
  const out: { personId: number; date: string; day: string; night: string; logged: boolean }[] = [];
  for (const r of rows)
    for (const entry of r.days.split(',')) {
      const [date, day, night, logged] = entry.split(':') as [string, string, string, string];
      out.push({ personId: r.personId, date, day, night, logged: logged === '1' });
    }
  return out;
}

/** Approved leave of some people touching dates, in one query. */
export async function findApprovedLeaveOf(exec: TDb, personIds: number[], from: string, to: string) {
  if (personIds.length === 0) return [];
  return exec
    .select({
      personId: absences.personId,
      kind: absences.kind,
      startDate: absences.startDate,
      endDate: absences.endDate,
      state: absences.state,
    })
    .from(absences)
    .where(
      and(
        inArray(absences.personId, personIds),
        eq(absences.kind, 'leave'),
        eq(absences.state, 'approved'),
        sql`${absences.startDate} <= ${to}`,
        sql`${absences.endDate} >= ${from}`,
      ),
    );
}

export async function findDivisionRow(exec: TDb, code: string) {
  const [row] = await exec
    .select({ code: divisions.code, name: divisions.name, level: divisions.level })
    .from(divisions)
    .where(eq(divisions.code, code))
    .limit(1);
  return row;
}

/** The divisions directly under one, in code order. */
export async function findChildDivisions(exec: TDb, code: string) {
  return exec
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(eq(divisions.parentCode, code))
    .orderBy(asc(divisions.code));
}

export async function findFirstCountyCode(exec: TDb): Promise<string | undefined> {
  const [row] = await exec
    .select({ code: divisions.code })
    .from(divisions)
    .where(eq(divisions.level, 'county'))
    .orderBy(asc(divisions.code))
    .limit(1);
  return row?.code;
}
