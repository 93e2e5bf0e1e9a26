import {
  addDays,
  assessWeek,
  checkDayEntry,
  datesCovered,
  editWindow,
  inScope,
  isWritable,
  leaveDaysInYear,
  localDate,
  monthSummary,
  recallAlert,
  restOf,
  type TAbsence,
  type TDayEntryRequest,
  type TDayView,
  type TNotificationKind,
  type TPlace,
  type TPresenceSummary,
  type TScope,
  type TTodayView,
  weekStart,
  weekYearOf,
  yearSummary,
  ZDayEntryRequest,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import type { TVersionPrecondition } from '../../plugins/preconditions.ts';
import { findAbsencesOf } from '../absences/absences.repository.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { isUniqueViolation } from '../homes/home-cadres.repository.ts';
import { checkDayTie, writeDayTie } from '../project-plans/day-tie.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import type { TDayTaskReports } from '../tasks/tasks.service.ts';
import {
  findDay,
  findDayEditorsSince,
  findDayExtras,
  findDayInScope,
  findDayStatuses,
  findDays,
  findDayWithNames,
  findPostedPersonOfUser,
  findVillageOnDate,
  insertComment,
  insertDay,
  replaceDayPhotos,
  type TDayFilter,
  type TDutyDayRow,
  updateDayKeepingHistory,
} from './duty.repository.ts';
import { toDayViews } from './duty.view.ts';

export type TDutyDeps = {
  db: TDb;
  now: () => Date;
  rules: Pick<TRulesService, 'get'>;
  /** Checks that photo files exist and were uploaded by this account; returns the unknown ids. */
  unknownPhotos: (userId: number, fileIds: number[]) => Promise<number[]>;
  notify: (userId: number, kind: TNotificationKind, payload: Record<string, unknown>) => Promise<void>;
  /** 任务清单: reports on the cadre's tasks saved with the day (checked first, written in its transaction). */
  tasks?: TDayTaskReports;
};

const sameEntry = (row: TDutyDayRow, e: ReturnType<typeof ZDayEntryRequest.parse>) =>
  row.dayPlace === e.day &&
  row.nightPlace === e.night &&
  row.work === e.work &&
  row.activities === e.activities &&
  row.rolePlayed === e.rolePlayed &&
  JSON.stringify(row.roles) === JSON.stringify(e.roles);

/** If-Match / If-None-Match: the record is the version the phone edited, or absent as it believed. */
const preconditionHolds = (p: TVersionPrecondition, row: TDutyDayRow | undefined) =>
  (p.version === undefined || row?.version === p.version) && !(p.absent && row);

/**
 * Whether every change since the version the phone held was the cadre's own (their visit's 当晚在村,
 * another of their devices): only someone else's change (the township's correction) is a conflict to show.
 */
async function changedOnlyBy(
  exec: TDb,
  p: TVersionPrecondition,
  row: TDutyDayRow | undefined,
  userId: number,
) {
  if (preconditionHolds(p, row)) return true;
  if (!row || (p.absent && row.recordedBy !== userId)) return false;
  const from = p.version ?? 1;
  if (from > row.version) return false;
  return (await findDayEditorsSince(exec, row.id, from)).every((editor) => editor === userId);
}
const dayChanged = () => new AppError('day_changed', 'day_changed');

/** 一日一记: the cadre's own day, and the township's reading, comments and attendance corrections. */
export function createDutyService(deps: TDutyDeps) {
  const { db } = deps;
  const today = () => localDate(deps.now());

  async function viewsOf(ids: number[]): Promise<TDayView[]> {
    const rows = (await Promise.all(ids.map((id) => findDayWithNames(db, id)))).flatMap((r) =>
      r ? [r] : [],
    );
    return toDayViews(rows, await findDayExtras(db, ids));
  }
  const viewOf = async (id: number) => (await viewsOf([id]))[0]!;

  async function postedPerson(userId: number) {
    const person = await findPostedPersonOfUser(db, userId);
    if (!person) throw new AppError('not_found', 'no_active_posting');
    return person;
  }

  /** Presence of one person around a date: the week, the month, the year. */
  async function presenceOf(personId: number, date: string, postedFrom: string): Promise<TPresenceSummary> {
    const year = date.slice(0, 4);
    // the year's rules for the month and the year, the week's (the year of its Thursday) for the week
    const rules = await deps.rules.get(Number(year));
    const weekRules = await deps.rules.get(weekYearOf(date));
    const from = `${year}-01-01`;
    const monday = weekStart(date);
    const to = addDays(monday, 6) > `${year}-12-31` ? addDays(monday, 6) : `${year}-12-31`;
    const records = (await findDayStatuses(db, personId, monday < from ? monday : from, to)).map((r) => ({
      date: r.date,
      day: r.day as TPlace,
      night: r.night as TPlace,
      updatedAt: r.updatedAt.toISOString(),
    }));
    const absences = (await findAbsencesOf(db, personId, monday < from ? monday : from, to)) as TAbsence[];
    const postedDates = Array.from({ length: 7 }, (_, i) => addDays(monday, i)).filter(
      (d) => d >= postedFrom,
    );
    return {
      today: today(),
      week: assessWeek({
        monday,
        records,
        excusedDates: datesCovered(absences, monday, addDays(monday, 6)),
        postedDates,
        today: today(),
        rules: weekRules,
      }),
      month: monthSummary(records, date.slice(0, 7), rules),
      year: yearSummary(records, year, rules),
      leaveDaysThisYear: leaveDaysInYear(absences, year),
      recallAlert: recallAlert(absences, year, rules),
    };
  }

  return {
    /**
     * "今天": the server's today and the days still writable, each with what is saved, whether its
     * day and night are rest by the rules (offered first), and whether a leave request covers it.
     */
    async today(userId: number): Promise<TTodayView> {
      const day = today();
      const person = await findPostedPersonOfUser(db, userId);
      const rules = await deps.rules.get();
      const dates = Array.from({ length: rules.backfillDays + 1 }, (_, i) => addDays(day, -i));
      const records = person ? await Promise.all(dates.map((d) => findDay(db, person.id, d))) : [];
      const views = await viewsOf(records.flatMap((r) => (r ? [r.id] : [])));
      // the whole weeks of the writable days: a night is rest once its week has its four
      const from = weekStart(dates.at(-1) ?? day);
      const to = addDays(weekStart(day), 6);
      const [statuses, absences] = person
        ? await Promise.all([
            findDayStatuses(db, person.id, from, to),
            findAbsencesOf(db, person.id, from, to) as Promise<TAbsence[]>,
          ])
        : [[], []];
      const week = statuses.map((r) => ({ date: r.date, day: r.day as TPlace, night: r.night as TPlace }));
      const excusedDates = datesCovered(absences, from, to);
      // rest by the rules of each day's week (the days around New Year may belong to two years)
      const weekRulesOf = new Map(
        await Promise.all(dates.map(async (d) => [d, await deps.rules.get(weekYearOf(d))] as const)),
      );
      const leaveRequested = (date: string) =>
        absences.some(
          (a) =>
            a.kind === 'leave' &&
            (a.state === 'pending_township' || a.state === 'pending_county' || a.state === 'approved') &&
            a.startDate <= date &&
            a.endDate >= date,
        );
      return {
        today: day,
        person: person
          ? {
              id: person.id,
              name: person.name,
              villageCode: person.villageCode,
              villageName: person.villageName,
            }
          : null,
        days: dates.map((date) => ({
          date,
          window: editWindow(date, day, rules),
          record: views.find((v) => v.date === date) ?? null,
          rest: restOf({ date, records: week, excusedDates, rules: weekRulesOf.get(date)! }),
          leaveRequested: leaveRequested(date),
        })),
      };
    },

    /**
     * Saves the cadre's own day: today, or a backfill within the window, or a day returned for
     * completion; with `project`, the log is tied to one of their projects in the same transaction.
     * With a `precondition` (the phone's If-Match / If-None-Match), a record changed meanwhile (e.g.
     * corrected by the township) is refused with `day_changed`, checked on the row locked for the write.
     */
    async saveOwn(
      userId: number,
      date: string,
      input: TDayEntryRequest,
      ctx?: TActorContext,
      precondition?: TVersionPrecondition,
    ) {
      const person = await postedPerson(userId);
      const rules = await deps.rules.get();
      const window = editWindow(date, today(), rules);
      const before = await findDay(db, person.id, date);
      if (window === 'future') throw invalidField('date', 'day_future', { date });
      if (!isWritable(window) && !before?.returnedAt)
        throw new AppError('conflict', 'validation_failed', {}, [
          { field: 'date', key: 'day_locked', params: { date, days: rules.backfillDays } },
        ]);
      if (date < person.startDate) throw invalidField('date', 'day_before_posting', { date });
      if (precondition && !(await changedOnlyBy(db, precondition, before, userId))) throw dayChanged(); // again in the write
      const entry = ZDayEntryRequest.parse(input);
      const problems = checkDayEntry(entry);
      if (problems.length)
        throw new AppError(
          'validation',
          'validation_failed',
          {},
          problems.map((p) => ({ field: p.field, key: p.key })),
        );
      const unknown = await deps.unknownPhotos(userId, entry.photoIds);
      if (unknown.length) throw invalidField('photoIds', 'photo_unknown', { ids: unknown.join('、') });
      const tie = await checkDayTie(db, person.id, entry.project);
      const taskReports = await deps.tasks?.check(userId, entry.tasks);
      const values = {
        dayPlace: entry.day,
        nightPlace: entry.night,
        work: entry.work,
        activities: entry.activities,
        rolePlayed: entry.rolePlayed,
        roles: entry.roles,
        returnedAt: null,
        recordedBy: userId,
      };
      const at = deps.now();
      const write = db.transaction(async (tx) => {
        const existing = precondition ? await findDay(tx, person.id, date, { forUpdate: true }) : before;
        if (precondition && !(await changedOnlyBy(tx, precondition, existing, userId))) throw dayChanged();
        let row: TDutyDayRow;
        if (!existing)
          row = await insertDay(tx, {
            ...values,
            personId: person.id,
            villageCode: person.villageCode,
            date,
            backfilled: window === 'backfill',
            createdAt: at,
            updatedAt: at,
          });
        else if (sameEntry(existing, entry) && !existing.returnedAt)
          row = existing; // a repeated save changes nothing
        else row = await updateDayKeepingHistory(tx, existing, values, userId, at);
        if (existing || entry.photoIds.length) await replaceDayPhotos(tx, row.id, entry.photoIds);
        const who = ctx ?? { userId, username: null, roles: [], ip: null, requestId: null };
        await writeDayTie(tx, { id: row.id, date }, tie, { userId, personId: person.id }, at, who);
        if (taskReports) await deps.tasks!.write(tx, taskReports, { id: row.id, date }, at, who);
        return row.id;
      });
      // If-None-Match: a record inserted by another request since the check is a change too
      const id = await write.catch((err: unknown) => {
        throw precondition && isUniqueViolation(err) ? dayChanged() : err;
      });
      return viewOf(id);
    },

    /** The cadre's own book between two dates. */
    async ownDays(userId: number, from: string, to: string) {
      const person = await findPostedPersonOfUser(db, userId);
      if (!person) return { items: [], total: 0 };
      return this.find({ all: true }, { personId: person.id, from, to }, 1, 400);
    },

    /** The cadre's own presence: this week, this month, this year. */
    async ownPresence(userId: number, date?: string) {
      const person = await postedPerson(userId);
      return presenceOf(person.id, date ?? today(), person.startDate);
    },

    /** Logs in scope, filtered, newest first. */
    async find(scope: TScope, f: TDayFilter, page: number, pageSize: number) {
      const { rows, total } = await findDays(db, scope, f, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      const ids = rows.map((r) => r.day.id);
      return { items: toDayViews(rows, await findDayExtras(db, ids)), total };
    },

    async get(scope: TScope, id: number) {
      if (!(await findDayInScope(db, scope, id))) throw notFound();
      return viewOf(id);
    },

    /** A comment on a day's log; returning it sends it back to the cadre for completion (notified). */
    async comment(
      scope: TScope,
      id: number,
      text: string,
      returnForCompletion: boolean,
      actor: { userId: number },
      ctx: TActorContext,
    ) {
      const day = await findDayInScope(db, scope, id);
      if (!day) throw notFound();
      const owner = day.recordedBy;
      await db.transaction(async (tx) => {
        await insertComment(tx, {
          dutyDayId: id,
          authorId: actor.userId,
          text,
          returned: returnForCompletion,
        });
        if (returnForCompletion) {
          await updateDayKeepingHistory(tx, day, { returnedAt: deps.now() }, actor.userId, deps.now());
          await recordAudit(tx, ctx, { action: 'duty.return', objectType: 'duty_day', objectId: id });
        }
      });
      if (returnForCompletion && owner && owner !== actor.userId)
        await deps.notify(owner, 'log_returned', { dayId: id, date: day.date, text });
      return viewOf(id);
    },

    /** An attendance keeper records or corrects a day's status (audited, reason kept); the log stays the cadre's. */
    async correctAttendance(
      scope: TScope,
      personId: number,
      date: string,
      change: { day: TPlace; night: TPlace; reason: string },
      actor: { userId: number },
      ctx: TActorContext,
    ) {
      const villageCode = await findVillageOnDate(db, personId, date);
      const existing = await findDay(db, personId, date);
      const code = existing?.villageCode ?? villageCode;
      if (!code || !inScope(scope, code)) throw notFound();
      if (date > today()) throw invalidField('date', 'day_future', { date });
      const at = deps.now();
      const id = await db.transaction(async (tx) => {
        const row = existing
          ? await updateDayKeepingHistory(
              tx,
              existing,
              { dayPlace: change.day, nightPlace: change.night },
              actor.userId,
              at,
            )
          : await insertDay(tx, {
              personId,
              villageCode: code,
              date,
              dayPlace: change.day,
              nightPlace: change.night,
              backfilled: date < today(),
              recordedBy: actor.userId,
              createdAt: at,
              updatedAt: at,
            });
        await recordAudit(tx, ctx, {
          action: 'duty.attendance_correct',
          objectType: 'duty_day',
          objectId: row.id,
          details: {
            personId,
            date,
            from: existing ? { day: existing.dayPlace, night: existing.nightPlace } : null,
            to: { day: change.day, night: change.night },
            reason: change.reason,
          },
        });
        return row.id;
      });
      return viewOf(id);
    },

    /** Presence of a person in scope (for the township and county). */
    async presenceOfPerson(scope: TScope, personId: number, date?: string) {
      const villageCode = await findVillageOnDate(db, personId, date ?? today());
      if (!villageCode || !inScope(scope, villageCode)) throw notFound();
      return presenceOf(personId, date ?? today(), '0000-01-01');
    },
  };
}
export type TDutyService = ReturnType<typeof createDutyService>;
