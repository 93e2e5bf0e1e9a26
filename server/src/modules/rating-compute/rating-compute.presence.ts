import {
  addDays,
  countPresence,
  datesCovered,
  mondaysOfYear,
  presenceYear,
  rangesFrom,
  type TAbsence,
  type TCountyRules,
  type TPresenceCount,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import type { TAssessedCadre } from './rating-compute.cadres.ts';

/**
 * 五天四夜 of every cadre over the cycle's week-year (the weeks whose Thursday falls in the year), in TWO
 * queries: the two bitmaps a person that the day records' triggers keep in `duty_presence` (a bit a
 * date: in the village by day, by night; the year's millions of records are never read again), and the
 * approved leave. The weeks are then assessed with the rule's
 * arithmetic (`countPresence`). With the cycle's `recordsFrom` the postings count from that day: a week
 * is assessed only when all its dates are on or after it.
 */
export async function findPresence(
  tx: TDb,
  q: {
    /** The county's division code: its villages' codes start with it. */
    prefix: string;
    year: number;
    /** The cycle's `recordsFrom`, or null: the whole week-year (its first week may begin in December). */
    recordsFrom: string | null;
    today: string;
    rules: TCountyRules;
    cadres: readonly TAssessedCadre[];
    missedLimit: number;
    /** Assess only these weeks of the year (their Mondays): the dashboard's last week, this month's. */
    only?: readonly string[];
  },
): Promise<Map<number, TPresenceCount>> {
  const y = presenceYear({ mondays: mondaysOfYear(q.year), today: q.today, rules: q.rules, only: q.only });
  const last = addDays(y.first, y.length - 1);
  const ids = sql.param(q.cadres.map((c) => c.personId));
  // the year's bitmaps kept from the day records (duty_presence): a row a person and village, cut to the
  // year's weeks (the week-year is the ISO one, so its first Monday is bit 1)
  const bits = sql.raw(String(y.length));
  const days = await rowsOf<{ person_id: number; days: string | null; nights: string | null }>(
    tx,
    sql`select person_id, substring(bit_or(days) from 1 for ${bits})::text as days,
          substring(bit_or(nights) from 1 for ${bits})::text as nights
        from duty_presence
        where week_year = ${q.year} and village_code like ${`${q.prefix}%`}
        group by person_id`,
  );
  const leave = await rowsOf<TAbsence & { person_id: number }>(
    tx,
    sql`select person_id, kind, state, to_char(start_date, 'YYYY-MM-DD') as "startDate",
          to_char(end_date, 'YYYY-MM-DD') as "endDate"
        from absences
        where person_id = any(${ids}::int[]) and kind = 'leave' and state = 'approved'
          and start_date <= ${last}::date and end_date >= ${y.first}::date`,
  );
  const daysOf = new Map(days.map((d) => [d.person_id, d]));
  const leaveOf = new Map<number, TAbsence[]>();
  for (const a of leave) leaveOf.set(a.person_id, [...(leaveOf.get(a.person_id) ?? []), a]);
  return new Map(
    q.cadres.map((c) => {
      const d = daysOf.get(c.personId);
      const records = {
        days: d?.days ?? null,
        nights: d?.nights ?? null,
        leave: datesCovered(leaveOf.get(c.personId) ?? [], y.first, last),
        ranges: q.recordsFrom ? rangesFrom(c.ranges, q.recordsFrom) : c.ranges,
      };
      return [c.personId, countPresence(y, records, q.missedLimit)];
    }),
  );
}
