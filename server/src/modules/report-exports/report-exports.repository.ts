import type { TScope } from '@zhucun/core';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { rowsOf, type TDb } from '../../db/client.ts';
import { divisions, requests } from '../../db/schema.ts';
import { villageInScope } from '../duty/duty.repository.ts';

const village = alias(divisions, 'village');
const township = alias(divisions, 'township');

/** Requests registered within [from, to] in scope (the requests report refuses past its limit). */
export async function countRequestsRegistered(exec: TDb, scope: TScope, from: string, to: string) {
  const [row] = await exec
    .select({ n: count() })
    .from(requests)
    .where(
      and(
        villageInScope(requests.villageCode, scope),
        sql`${requests.registeredOn} between ${from} and ${to}`,
      ),
    );
  return Number(row?.n ?? 0);
}

/**
 * 群众诉求 registered within [from, to] in scope, with the village's and township's names, by
 * township, village, date and number. No submitter's name or phone is read.
 */
export async function findRequestsRegistered(exec: TDb, scope: TScope, from: string, to: string) {
  return exec
    .select({
      id: requests.id,
      villageCode: requests.villageCode,
      villageName: village.name,
      townshipName: township.name,
      registeredOn: requests.registeredOn,
      category: requests.category,
      urgency: requests.urgency,
      description: requests.description,
      state: requests.state,
      ownerLevel: requests.ownerLevel,
      acceptBy: requests.acceptBy,
      resolveBy: requests.resolveBy,
      resolvedOn: sql<
        string | null
      >`to_char(${requests.resolvedAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
      result: requests.result,
      satisfaction: requests.satisfaction,
    })
    .from(requests)
    .innerJoin(village, eq(village.code, requests.villageCode))
    .innerJoin(township, eq(township.code, village.parentCode))
    .where(
      and(
        villageInScope(requests.villageCode, scope),
        sql`${requests.registeredOn} between ${from} and ${to}`,
      ),
    )
    .orderBy(asc(requests.villageCode), asc(requests.registeredOn), asc(requests.id));
}

/** Per person of a month: nights in the village (or on official duty) and days under approved leave. */
export type TNightsAndLeave = { personId: number; nights: number; leaveDays: number };

/**
 * Nights in the village and approved leave days of some people within [from, to], in one query:
 * the night counterpart of `findYearCounts`' days (same places: village, official duty), and each
 * calendar date under approved leave counted once.
 */
export async function findNightsAndLeave(
  exec: TDb,
  personIds: number[],
  from: string,
  to: string,
): Promise<TNightsAndLeave[]> {
  if (personIds.length === 0) return [];
  const ids = sql.param(personIds);
  const rows = await rowsOf<{ person_id: number; nights: number; leave_days: number }>(
    exec,
    sql`
    with people as (select distinct p from unnest(${ids}::int[]) as u(p)),
    nights as (
      select person_id, count(*) as n from duty_days
      where person_id in (select p from people) and date between ${from}::date and ${to}::date
        and night_place in ('village', 'official_duty')
      group by person_id
    ),
    leave as (
      select a.person_id, count(distinct g::date) as n
      from absences a
      cross join lateral generate_series(greatest(a.start_date, ${from}::date), least(a.end_date, ${to}::date), interval '1 day') g
      where a.person_id in (select p from people) and a.kind = 'leave' and a.state = 'approved'
        and a.start_date <= ${to}::date and a.end_date >= ${from}::date
      group by a.person_id
    )
    select people.p as person_id, coalesce(nights.n, 0) as nights, coalesce(leave.n, 0) as leave_days
    from people left join nights on nights.person_id = people.p left join leave on leave.person_id = people.p`,
  );
  return rows.map((r) => ({
    personId: r.person_id,
    nights: Number(r.nights),
    leaveDays: Number(r.leave_days),
  }));
}

/** The names of some divisions, by code. */
export async function findDivisionNames(exec: TDb, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await exec
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(inArray(divisions.code, [...new Set(codes)]));
  return new Map(rows.map((r) => [r.code, r.name]));
}
