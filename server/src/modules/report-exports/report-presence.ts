import {
  addDays,
  DISPATCHED_CATEGORIES,
  mondaysWithin,
  monthRange,
  monthsOfPeriod,
  reportShare,
  type TReportPeriodQuery,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { findPostingsWithin } from '../compliance/compliance.repository.ts';
import { cadresOf } from '../compliance/compliance.rules.ts';
import { findYearCounts } from '../compliance/compliance.year.repository.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import { findNightsAndLeave } from './report-exports.repository.ts';
import type { TReportRow } from './report-workbook.ts';

const collator = new Intl.Collator('zh-Hans-CN');

/**
 * 五天四夜 by month: one row per dispatched cadre posted in the month, under a division. The weeks
 * counted in a month are those whose Thursday falls in it (as a year counts the weeks of its
 * Thursdays), assessed by `findYearCounts` (the compliance report's rules, in SQL); days in the village
 * and logged days are `findYearCounts`' counts over the calendar month; nights and leave days come
 * from the same day records and approved leave. Ordered by township, village and name, never ranked.
 */
export async function presenceRows(
  tx: TDb,
  deps: { rules: Pick<TRulesService, 'get'> },
  division: { code: string },
  q: TReportPeriodQuery,
  today: string,
): Promise<TReportRow[]> {
  const rules = await deps.rules.get(Number(q.year));
  const out: TReportRow[] = [];
  for (const month of monthsOfPeriod(q)) {
    const { from, to } = monthRange(month);
    const cadres = cadresOf(await findPostingsWithin(tx, division.code, from, to, DISPATCHED_CATEGORIES));
    if (cadres.length === 0) continue;
    const ranges = cadres.flatMap((c) => c.ranges.map((r) => ({ personId: c.personId, ...r })));
    const common = {
      ranges,
      today,
      holidays: rules.holidays,
      workdays: rules.workdays,
      weekDays: rules.weekDays,
      weekNights: rules.weekNights,
    };
    // the weeks whose Thursday lies in the month, counted over their whole seven days
    const mondays = mondaysWithin(addDays(from, -3), addDays(to, 3)).filter(
      (m) => addDays(m, 3) >= from && addDays(m, 3) <= to,
    );
    const weeks = mondays.length
      ? await findYearCounts(tx, { ...common, mondays, from: mondays[0]!, to: addDays(mondays.at(-1)!, 6) })
      : [];
    const days = await findYearCounts(tx, { ...common, mondays: [], from, to });
    const ids = cadres.map((c) => c.personId);
    const extra = await findNightsAndLeave(tx, ids, from, to);
    const weekOf = new Map(weeks.map((w) => [w.personId, w]));
    const dayOf = new Map(days.map((d) => [d.personId, d]));
    const extraOf = new Map(extra.map((e) => [e.personId, e]));
    for (const c of cadres) {
      const w = weekOf.get(c.personId);
      const d = dayOf.get(c.personId);
      const e = extraOf.get(c.personId);
      out.push({
        month,
        township: '',
        village_code: c.villageCode,
        village: c.villageName,
        person_id: c.personId,
        name: c.personName,
        category: c.category,
        days_in_village: d?.daysInVillage ?? 0,
        nights_in_village: e?.nights ?? 0,
        leave_days: e?.leaveDays ?? 0,
        weeks_assessed: w?.assessedWeeks ?? 0,
        weeks_complying: w?.complyingWeeks ?? 0,
        log_completeness: reportShare(d?.loggedDays ?? 0, d?.daysInVillage ?? 0),
      });
    }
  }
  return out;
}

/** Rows by month, village code (so township) and name. */
export function byMonthPlaceAndName(a: TReportRow, b: TReportRow): number {
  const am = String(a.month ?? '');
  const bm = String(b.month ?? '');
  if (am !== bm) return am < bm ? -1 : 1;
  const av = String(a.village_code ?? '');
  const bv = String(b.village_code ?? '');
  if (av !== bv) return av < bv ? -1 : 1;
  return collator.compare(String(a.name ?? ''), String(b.name ?? ''));
}
