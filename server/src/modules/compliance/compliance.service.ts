import {
  addDays,
  assessWeek,
  DISPATCHED_CATEGORIES,
  datesCovered,
  isWorkingDay,
  lastWorkingDayBefore,
  localDate,
  mondaysOfYear,
  type TAbsence,
  type TComplianceWeek,
  type TComplianceYear,
  type TMissingDays,
  type TScope,
  type TWeekStatus,
  weekDates,
  weekStart,
  weekYearOf,
  workingCalendarOf,
} from '@zhucun/core';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import {
  findApprovedLeaveOf,
  findChildDivisions,
  findPostingsWithin,
  findStatusesOf,
} from './compliance.repository.ts';
import { cadresOf, groupByPerson, postedOn, refOf, shareOf, toRecord } from './compliance.rules.ts';
import { findYearCounts } from './compliance.year.repository.ts';
import { divisionOf } from './division-scope.ts';

export type TComplianceDeps = { db: TDb; now: () => Date; rules: Pick<TRulesService, 'get'> };

const countKey: Record<TWeekStatus, 'complying' | 'notComplying' | 'notAssessed'> = {
  complying: 'complying',
  not_complying: 'notComplying',
  not_assessed: 'notAssessed',
};

/** 五天四夜 across a division: a week's counts and list, a year per cadre, and who has not recorded a day. */
export function createComplianceService(deps: TComplianceDeps) {
  const { db } = deps;
  const today = () => localDate(deps.now());
  // County-year reports run one after another: each is a second of database CPU, and running them side
  // by side would only slow every one and everything else with them.
  let yearsRunning: Promise<unknown> = Promise.resolve();
  function oneYearAtATime<T>(work: () => Promise<T>): Promise<T> {
    const run = yearsRunning.then(work);
    yearsRunning = run.catch(() => {});
    return run;
  }

  /** Cadres of a division over dates, with their day records and approved leave (three queries). */
  async function load(prefix: string, from: string, to: string) {
    const cadres = cadresOf(await findPostingsWithin(db, prefix, from, to, DISPATCHED_CATEGORIES));
    const ids = cadres.map((c) => c.personId);
    const records = groupByPerson(await findStatusesOf(db, ids, from, to));
    const leave = groupByPerson(await findApprovedLeaveOf(db, ids, from, to));
    return { cadres, records, leave };
  }

  return {
    today,
    /** One week (Monday–Sunday; default the last finished one) of a division. */
    async week(scope: TScope, q: { week?: string; division?: string }): Promise<TComplianceWeek> {
      const division = await divisionOf(db, scope, q.division);
      const monday = q.week ? weekStart(q.week) : addDays(weekStart(today()), -7);
      // the rules of the week's year (the year of its Thursday): a closed year keeps its figures
      const rules = await deps.rules.get(weekYearOf(monday));
      const sunday = addDays(monday, 6);
      const dates = weekDates(monday);
      const { cadres, records, leave } = await load(division.code, monday, sunday);
      const items = cadres.map((c) => {
        const absences = (leave.get(c.personId) ?? []) as TAbsence[];
        const a = assessWeek({
          monday,
          records: (records.get(c.personId) ?? []).map(toRecord),
          excusedDates: datesCovered(absences, monday, sunday),
          postedDates: dates.filter((d) => postedOn(c, d)),
          today: today(),
          rules,
        });
        const { monday: _, ...week } = a;
        return { ...refOf(c), ...week };
      });
      // townships of a county, villages of a township, the village itself
      const groupLength = division.level === 'county' ? 9 : 12;
      const children =
        division.level === 'village'
          ? [{ code: division.code, name: division.name }]
          : await findChildDivisions(db, division.code);
      const groups = children.map((g) => ({ ...g, complying: 0, notComplying: 0, notAssessed: 0 }));
      const totals = { complying: 0, notComplying: 0, notAssessed: 0 };
      for (const item of items) {
        const group = groups.find((g) => g.code === item.villageCode.slice(0, groupLength));
        if (group) group[countKey[item.status]]++;
        totals[countKey[item.status]]++;
      }
      return {
        monday,
        sunday,
        division: { code: division.code, name: division.name },
        groups,
        totals,
        items,
      };
    },

    /**
     * A year per cadre: assessed and complying weeks, the rate, days in the village, log completeness
     * (whole scope). The county's 365,000 day records are counted by PostgreSQL (`findYearCounts`, the
     * core rules in SQL), so the event loop only sees one row per cadre; export time limit.
     */
    async year(scope: TScope, q: { year: string; division?: string }): Promise<TComplianceYear> {
      const division = await divisionOf(db, scope, q.division);
      const rules = await deps.rules.get(Number(q.year));
      // every week counted in one year, the year of its Thursday: the first and last may reach into
      // the calendar years beside it, and so do the days counted with them
      const mondays = mondaysOfYear(Number(q.year));
      const from = mondays[0]!;
      const to = addDays(mondays.at(-1)!, 6);
      const now = today();
      const items = await oneYearAtATime(() =>
        withStatementTimeout(db, STATEMENT_TIMEOUT_MS.export, async (tx) => {
          const cadres = cadresOf(
            await findPostingsWithin(tx, division.code, from, to, DISPATCHED_CATEGORIES),
          );
          const counts = await findYearCounts(tx, {
            ranges: cadres.flatMap((c) => c.ranges.map((r) => ({ personId: c.personId, ...r }))),
            from,
            to,
            mondays,
            today: now,
            holidays: rules.holidays,
            workdays: rules.workdays,
            weekDays: rules.weekDays,
            weekNights: rules.weekNights,
          });
          const byPerson = new Map(counts.map((n) => [n.personId, n]));
          return cadres.map((c) => {
            const n = byPerson.get(c.personId);
            return {
              ...refOf(c),
              assessedWeeks: n?.assessedWeeks ?? 0,
              complyingWeeks: n?.complyingWeeks ?? 0,
              rate: shareOf(n?.complyingWeeks ?? 0, n?.assessedWeeks ?? 0),
              daysInVillage: n?.daysInVillage ?? 0,
              logRate: shareOf(n?.loggedDays ?? 0, n?.daysInVillage ?? 0),
            };
          });
        }),
      );
      return {
        year: q.year,
        division: { code: division.code, name: division.name },
        yearTarget: rules.yearDays,
        items,
      };
    },

    /**
     * Cadres posted on a date (default the last working day before today) with no record of it and not on
     * approved leave; nobody on a rest day of the county's calendar of that year, when nobody is expected to record.
     */
    async missing(scope: TScope, q: { date?: string; division?: string }): Promise<TMissingDays> {
      const division = await divisionOf(db, scope, q.division);
      const calendarOf = async (date: string) =>
        workingCalendarOf(await deps.rules.get(Number(date.slice(0, 4))));
      const date = q.date ?? lastWorkingDayBefore(today(), await calendarOf(today()));
      if (!isWorkingDay(date, await calendarOf(date))) return { date, restDay: true, items: [] };
      const { cadres, records, leave } = await load(division.code, date, date);
      const items = cadres
        .filter((c) => postedOn(c, date) && !records.has(c.personId) && !leave.has(c.personId))
        .map(refOf);
      return { date, restDay: false, items };
    },
  };
}
export type TComplianceService = ReturnType<typeof createComplianceService>;
