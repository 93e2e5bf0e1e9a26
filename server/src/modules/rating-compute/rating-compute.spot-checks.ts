import {
  addDays,
  datesCovered,
  effectiveFinding,
  excusingAbsence,
  formatLocalMinute,
  restExcuse,
  spotCheckSlot,
  type TAbsence,
  type TCountyRules,
  type TDayRecord,
  type TPlace,
  weekDates,
  weekStart,
  weekYearOf,
} from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { findApprovedAbsencesOf } from '../absences/absences.repository.ts';
import { findPlacesOn } from '../spot-checks/spot-checks.repository.ts';
import { postedCte, type TRatingWindow } from './rating-compute.cadres.ts';

/** The absences found by spot checks that count for a person's year, and the checks (ids, in order). */
export type TCountedAbsences = { absences: number; ids: number[] };

/**
 * Spot-check absences that cap the year's grade (`countedAbsences`, docs/rules.md §4.1): the checks of
 * the year (by the local date of the check) that found a cadre absent, less those on a date of approved
 * leave or official duty and those that fell on the cadre's rest (`restExcuse`, with the records of the
 * slot's week). Absent findings are few: ONE query finds them for every cadre, then the records of
 * their weeks and the absences of those people are read for them alone.
 */
export async function findCountedAbsences(
  tx: TDb,
  w: TRatingWindow,
  rulesOf: (year: number) => TCountyRules,
  people: SQL = postedCte(w),
): Promise<Map<number, TCountedAbsences>> {
  const found = await rowsOf<{ id: number; person_id: number; checked_at: Date }>(
    tx,
    sql`
    with ${people}
    select s.id, s.person_id, s.checked_at from spot_checks s
    where s.person_id in (select person_id from people) and s.finding = 'absent'
      and (s.checked_at at time zone 'Asia/Shanghai')::date between ${w.from}::date and ${w.to}::date
    order by s.id`,
  );
  const out = new Map<number, TCountedAbsences>();
  if (found.length === 0) return out;
  const checks = found.map((f) => ({
    ...f,
    slot: spotCheckSlot(formatLocalMinute(new Date(f.checked_at))),
  }));
  const personIds = [...new Set(checks.map((c) => c.person_id))];
  const absencesBy = new Map<number, TAbsence[]>();
  const first = weekStart(addDays(w.from, -1));
  for (const a of await findApprovedAbsencesOf(tx, personIds, first, addDays(weekStart(w.to), 6)))
    absencesBy.set(a.personId, [...(absencesBy.get(a.personId) ?? []), a as TAbsence]);
  const datesOf = new Map<number, string[]>();
  for (const c of checks)
    datesOf.set(c.person_id, [...(datesOf.get(c.person_id) ?? []), ...weekDates(weekStart(c.slot.date))]);
  const records = new Map<string, TDayRecord[]>();
  for (const p of await findPlacesOn(tx, datesOf)) {
    const key = `${p.personId}|${weekStart(p.date)}`;
    records.set(key, [
      ...(records.get(key) ?? []),
      { date: p.date, day: p.day as TPlace, night: p.night as TPlace },
    ]);
  }
  for (const c of checks) {
    const absences = absencesBy.get(c.person_id) ?? [];
    const monday = weekStart(c.slot.date);
    const rest = restExcuse(c.slot, {
      records: records.get(`${c.person_id}|${monday}`) ?? [],
      excusedDates: datesCovered(absences, monday, addDays(monday, 6)),
      rules: rulesOf(weekYearOf(c.slot.date)),
    });
    const excused = rest !== null || excusingAbsence(absences, c.slot.date) !== null;
    if (effectiveFinding('absent', excused) !== 'absent') continue;
    const seen = out.get(c.person_id) ?? { absences: 0, ids: [] };
    out.set(c.person_id, { absences: seen.absences + 1, ids: [...seen.ids, c.id] });
  }
  return out;
}
