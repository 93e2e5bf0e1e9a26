import {
  addDays,
  asReported,
  countDaysInVillage,
  DISPATCHED_CATEGORIES,
  datesCovered,
  isInVillage,
  localDate,
  type TAbsence,
  type TCountyRules,
  type TDayRecord,
  type TFourRole,
  type TPlace,
  type TScope,
  weekStart,
  weekYearOf,
} from '@zhucun/core';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { LABELS } from '../cadres/cadres.excel-columns.ts';
import {
  findApprovedLeaveOf,
  findPostingsWithin,
  findStatusesOf,
} from '../compliance/compliance.repository.ts';
import { cadresOf, groupByPerson, toRecord } from '../compliance/compliance.rules.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import { attendanceWorkbook } from './attendance.xlsx.ts';
import { bookDocument } from './duty-book.docx.ts';
import {
  findBookPerson,
  findDaysOfYear,
  findPostingForYear,
  findTownshipInScope,
} from './duty-exports.repository.ts';
import { PLACE_MARKS } from './labels.ts';

export type TDutyExportsDeps = { db: TDb; now: () => Date; rules: Pick<TRulesService, 'get'> };

const categoryLabel = (c: string) => LABELS.category[c as keyof typeof LABELS.category] ?? c;

/**
 * The records as reports print them (`asReported`), each week read with the rules of its own year
 * (the year of its Thursday): a week never splits, so neither does its reading.
 */
function reportedByWeekYear(
  records: readonly TDayRecord[],
  excusedDates: readonly string[],
  rulesOf: ReadonlyMap<number, TCountyRules>,
): TDayRecord[] {
  return [...rulesOf].flatMap(([year, rules]) =>
    asReported(
      records.filter((r) => weekYearOf(r.date) === year),
      { excusedDates, rules },
    ),
  );
}

/** Paper for the files: 一人一册 (a Word book per cadre and year) and the township's monthly attendance ledger. */
export function createDutyExportsService(deps: TDutyExportsDeps) {
  const { db } = deps;
  /** The rules of every week-year the dates from `from` to `to` touch. */
  const rulesOfWeeks = async (from: string, to: string) =>
    new Map(
      await Promise.all(
        [...new Set([weekYearOf(from), weekYearOf(to)])].map(
          async (y) => [y, await deps.rules.get(y)] as const,
        ),
      ),
    );

  async function book(personId: number, name: string, year: string) {
    // the whole weeks around the year: a night is rest when its week already had its four
    const from = weekStart(`${year}-01-01`);
    const to = addDays(weekStart(`${year}-12-31`), 6);
    const { posting, days, comments, statuses, leave } = await withStatementTimeout(
      db,
      STATEMENT_TIMEOUT_MS.export,
      async (tx) => ({
        posting: await findPostingForYear(tx, personId, year),
        ...(await findDaysOfYear(tx, personId, year)),
        statuses: await findStatusesOf(tx, [personId], from, to),
        leave: await findApprovedLeaveOf(tx, [personId], from, to),
      }),
    );
    const reported = new Map(
      reportedByWeekYear(
        statuses.map(toRecord),
        datesCovered(leave as TAbsence[], from, to),
        await rulesOfWeeks(from, to),
      ).map((r) => [r.date, r]),
    );
    const today = localDate(deps.now());
    const lastMonth = year < today.slice(0, 4) ? 12 : year > today.slice(0, 4) ? 0 : +today.slice(5, 7);
    const file = await bookDocument({
      year,
      name,
      village: posting?.villageName ?? '—',
      category: posting ? categoryLabel(posting.category) : '—',
      postTitle: posting?.postTitle ?? '—',
      unit: posting?.unitName ?? '—',
      months: Array.from({ length: lastMonth }, (_, i) => i + 1),
      days: days.map((d) => ({
        date: d.date,
        // 不在岗 only for an absence on a duty day or night: an absence at rest prints 休息
        day: reported.get(d.date)?.day ?? (d.dayPlace as TPlace),
        night: reported.get(d.date)?.night ?? (d.nightPlace as TPlace),
        work: d.work,
        activities: d.activities,
        rolePlayed: d.rolePlayed,
        roles: d.roles as TFourRole[],
        backfilled: d.backfilled,
        comments: comments.filter((c) => c.dutyDayId === d.id),
      })),
    });
    return { file, filename: `驻村工作日志-${name}-${year}.docx` };
  }

  return {
    /** The book of a cadre filed under the caller's scope. */
    async personBook(scope: TScope, personId: number, year?: string) {
      const person = await findBookPerson(db, { scope, personId });
      if (!person) throw notFound();
      return book(person.id, person.name, year ?? localDate(deps.now()).slice(0, 4));
    },

    /** The cadre's own book. */
    async ownBook(userId: number, year?: string) {
      const person = await findBookPerson(db, { userId });
      if (!person) throw new AppError('not_found', 'no_active_posting');
      return book(person.id, person.name, year ?? localDate(deps.now()).slice(0, 4));
    },

    /** A township's attendance for a month (`YYYY-MM`): one row per cadre, one column per day. */
    async attendance(scope: TScope, townshipCode: string, month: string) {
      const township = await findTownshipInScope(db, scope, townshipCode);
      if (!township) throw notFound();
      // the month's year's target; each week read with its own year's rules
      const rules = await deps.rules.get(Number(month.slice(0, 4)));
      const from = `${month}-01`;
      const next = addDays(`${month}-28`, 4).slice(0, 7);
      const to = addDays(`${next}-01`, -1);
      const dates = Array.from({ length: +to.slice(8, 10) }, (_, i) => addDays(from, i));
      // the whole weeks around the month: a night is rest when its week already had its four
      const weekFrom = weekStart(from);
      const weekTo = addDays(weekStart(to), 6);
      const { cadres, records, leave } = await withStatementTimeout(
        db,
        STATEMENT_TIMEOUT_MS.export,
        async (tx) => {
          const cadres = cadresOf(
            await findPostingsWithin(tx, township.code, from, to, DISPATCHED_CATEGORIES),
          );
          const ids = cadres.map((c) => c.personId);
          return {
            cadres,
            records: groupByPerson(await findStatusesOf(tx, ids, weekFrom, weekTo)),
            leave: groupByPerson(await findApprovedLeaveOf(tx, ids, weekFrom, weekTo)),
          };
        },
      );
      const weekRules = await rulesOfWeeks(weekFrom, weekTo);
      const rows = cadres.map((c) => {
        const own = reportedByWeekYear(
          (records.get(c.personId) ?? []).map(toRecord),
          datesCovered((leave.get(c.personId) ?? []) as TAbsence[], weekFrom, weekTo),
          weekRules,
        ).filter((r) => r.date >= from && r.date <= to);
        const byDate = new Map(own.map((r) => [r.date, r]));
        const leaveDates = new Set(datesCovered((leave.get(c.personId) ?? []) as TAbsence[], from, to));
        return {
          name: c.personName,
          village: c.villageName,
          category: categoryLabel(c.category),
          marks: dates.map((d) => {
            const r = byDate.get(d);
            if (r) return `${PLACE_MARKS[r.day]}/${PLACE_MARKS[r.night]}`;
            return leaveDates.has(d) ? PLACE_MARKS.leave : '';
          }),
          daysInVillage: countDaysInVillage(own, from, to),
          nightsInVillage: own.filter((r) => isInVillage(r.night)).length,
          leaveDays: leaveDates.size,
        };
      });
      const file = await attendanceWorkbook({
        title: `${township.name}驻村干部考勤台账（${month.slice(0, 4)} 年 ${+month.slice(5, 7)} 月）`,
        daysInMonth: dates.length,
        monthTarget: rules.monthDays,
        rows,
      });
      return { file, filename: `考勤台账-${township.name}-${month}.xlsx` };
    },
  };
}
export type TDutyExportsService = ReturnType<typeof createDutyExportsService>;
