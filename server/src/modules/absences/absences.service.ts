import {
  absenceTransition,
  addDays,
  findOverlap,
  initialAbsenceState,
  leaveApproval,
  leaveDays,
  leaveDaysInYear,
  leaveSpanOf,
  localDate,
  type TAbsence,
  type TAbsenceAction,
  type TAbsenceLevelPreview,
  type TAbsenceRequest,
  type TAbsenceState,
  type TAbsenceView,
  type TApprovalLevel,
  type TNotificationKind,
  type TRoleAssignment,
  type TScope,
  workingCalendarOf,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findPostedPersonOfUser } from '../duty/duty.repository.ts';
import { absenceParamsOf, findPersonName } from '../notifications/absence-notices.ts';
import { findUsersWithRoleOver } from '../notifications/recipients.repository.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import {
  findAbsenceInScope,
  findAbsences,
  findAbsencesOf,
  findLiveLeaveOf,
  findUnitAdminsOf,
  insertAbsence,
  type TAbsenceRow,
  type TAbsenceWithNames,
  updateAbsence,
} from './absences.repository.ts';

export type TAbsencesDeps = {
  db: TDb;
  now: () => Date;
  rules: Pick<TRulesService, 'get'>;
  notify: (
    userId: number,
    kind: TNotificationKind,
    payload: Record<string, unknown>,
    dedupeKey?: string,
  ) => Promise<void>;
};

/** Who decides (or decided) a request: whoever has decided it, else the level its unbroken leave needs. */
function levelOf(a: TAbsenceRow, needed: TApprovalLevel): TApprovalLevel {
  if (a.state === 'pending_county' || a.countyDecidedAt) return 'county';
  if (a.townshipDecidedAt) return 'township';
  return needed;
}

/** The level an account decides at: the county organisation department, or a township. */
export function approverLevelOf(grants: readonly TRoleAssignment[]): TApprovalLevel {
  return grants.some((g) => g.role === 'county_admin') ? 'county' : 'township';
}

/** Leave (请假) and official duty outside (公务外出报备): apply, withdraw, the queues, decisions, recall alerts. */
export function createAbsencesService(deps: TAbsencesDeps) {
  const { db } = deps;
  const today = () => localDate(deps.now());

  /** Each person's live leave, by person: what the spans of their requests are made of. */
  async function liveLeaveBy(personIds: number[]) {
    const byPerson = new Map<number, (TAbsence & { id: number })[]>();
    for (const l of await findLiveLeaveOf(db, [...new Set(personIds)]))
      byPerson.set(l.personId, [...(byPerson.get(l.personId) ?? []), l as TAbsence & { id: number }]);
    return (personId: number, exceptId?: number) =>
      (byPerson.get(personId) ?? []).filter((l) => l.id !== exceptId);
  }

  /** The rules of the year a request's leave begins in (its approval level follows that year's limit). */
  const rulesOfLeave = (a: Pick<TAbsence, 'startDate'>) => deps.rules.get(Number(a.startDate.slice(0, 4)));

  async function toView(rows: TAbsenceWithNames[]): Promise<TAbsenceView[]> {
    const years = [...new Set(rows.map((r) => Number(r.absence.startDate.slice(0, 4))))];
    const rulesOf = new Map(await Promise.all(years.map(async (y) => [y, await deps.rules.get(y)] as const)));
    const othersOf = await liveLeaveBy(rows.map((r) => r.absence.personId));
    return rows.map(({ absence: a, personName, villageName }) => {
      const rules = rulesOf.get(Number(a.startDate.slice(0, 4)))!;
      const { level, span } = leaveApproval(
        a as TAbsence,
        othersOf(a.personId, a.id),
        workingCalendarOf(rules),
        rules,
      );
      return {
        id: a.id,
        personId: a.personId,
        personName,
        villageCode: a.villageCode,
        villageName,
        kind: a.kind as TAbsenceView['kind'],
        startDate: a.startDate,
        endDate: a.endDate,
        days: leaveDays(a.startDate, a.endDate),
        reason: a.reason,
        state: a.state as TAbsenceState,
        level: levelOf(a, level),
        span,
        decisionNote: a.decisionNote,
        createdAt: a.createdAt.toISOString(),
      };
    });
  }
  const viewOf = async (id: number) => (await toView(await findAbsences(db, { all: true }, { id }, 1)))[0]!;

  /** Tells whoever decides next (township or county administrators over the village). */
  async function notifyDeciders(a: TAbsenceRow, state: TAbsenceState) {
    const role = state === 'pending_county' ? 'county_admin' : 'township_admin';
    const params = await absenceParamsOf(db, a);
    for (const userId of await findUsersWithRoleOver(db, role, a.villageCode))
      await deps.notify(userId, 'absence_waiting', params);
  }

  /** More approved leave this year than the county allows: tell the dispatching unit, once a year. */
  async function checkRecall(a: TAbsenceRow, ctx: TActorContext) {
    if (a.kind !== 'leave') return;
    for (const year of new Set([a.startDate.slice(0, 4), a.endDate.slice(0, 4)])) {
      const rules = await deps.rules.get(Number(year));
      const all = (await findAbsencesOf(db, a.personId, `${year}-01-01`, `${year}-12-31`)) as TAbsence[];
      const days = leaveDaysInYear(all, year);
      if (days <= rules.recallLeaveDays) continue;
      const personName = await findPersonName(db, a.personId);
      for (const userId of await findUnitAdminsOf(db, a.personId))
        await deps.notify(
          userId,
          'recall_alert',
          { personId: a.personId, personName, year, days, limit: rules.recallLeaveDays },
          `recall:${a.personId}:${year}:${userId}`,
        );
      await recordAudit(db, ctx, {
        action: 'absence.recall_alert',
        objectType: 'cadre',
        objectId: a.personId,
        details: { year, days, limit: rules.recallLeaveDays },
      });
    }
  }

  return {
    /** A cadre applies for leave or reports official duty; overlapping live requests are refused. */
    async apply(userId: number, req: TAbsenceRequest, ctx: TActorContext) {
      const person = await findPostedPersonOfUser(db, userId);
      if (!person) throw new AppError('not_found', 'no_active_posting');
      const rules = await deps.rules.get();
      const earliest = addDays(today(), -rules.backfillDays);
      if (req.startDate < earliest)
        throw new AppError('conflict', 'validation_failed', {}, [
          {
            field: 'startDate',
            key: 'day_locked',
            params: { date: req.startDate, days: rules.backfillDays },
          },
        ]);
      const existing = await findAbsencesOf(db, person.id, req.startDate, req.endDate);
      const clash = findOverlap(existing as (TAbsence & { startDate: string; endDate: string })[], req);
      if (clash)
        throw new AppError('conflict', 'validation_failed', {}, [
          {
            field: 'startDate',
            key: 'absence_overlap',
            params: { absenceKind: clash.kind, startDate: clash.startDate, endDate: clash.endDate },
          },
        ]);
      const row = await db.transaction(async (tx) => {
        const a = await insertAbsence(tx, {
          ...req,
          personId: person.id,
          villageCode: person.villageCode,
          state: initialAbsenceState(),
          createdBy: userId,
          createdAt: deps.now(),
          updatedAt: deps.now(),
        });
        await recordAudit(tx, ctx, { action: 'absence.apply', objectType: 'absence', objectId: a.id });
        return a;
      });
      await notifyDeciders(row, row.state as TAbsenceState);
      return viewOf(row.id);
    },

    /** Before applying: who would decide these dates, judged by the unbroken leave they would make. */
    async preview(
      userId: number,
      q: Pick<TAbsenceRequest, 'kind' | 'startDate' | 'endDate'>,
    ): Promise<TAbsenceLevelPreview> {
      const person = await findPostedPersonOfUser(db, userId);
      if (!person) throw new AppError('not_found', 'no_active_posting');
      const rules = await rulesOfLeave(q);
      const others = (await liveLeaveBy([person.id]))(person.id);
      const candidate: TAbsence = { ...q, state: initialAbsenceState() };
      const { level, span } = leaveApproval(candidate, others, workingCalendarOf(rules), rules);
      return { level, span, townshipLeaveMaxDays: rules.townshipLeaveMaxDays };
    },

    async mine(userId: number) {
      const person = await findPostedPersonOfUser(db, userId);
      if (!person) return { items: [] };
      return { items: await toView(await findAbsences(db, { all: true }, { personId: person.id })) };
    },

    /** The queue (pending for the caller's level) or every request in scope, filtered. */
    async find(
      scope: TScope,
      level: TApprovalLevel,
      q: { queue?: boolean; township?: string; year?: string; personId?: number },
    ) {
      const states = q.queue
        ? level === 'county'
          ? ['pending_county', 'pending_township']
          : ['pending_township']
        : undefined;
      return { items: await toView(await findAbsences(db, scope, { ...q, states })) };
    },

    /** Approve, reject or withdraw, by the core state machine; refusals name the reason in Chinese. */
    async act(
      scope: TScope,
      id: number,
      action: TAbsenceAction,
      who: { userId: number; note?: string },
      ctx: TActorContext,
    ) {
      const a = await findAbsenceInScope(db, scope, id);
      if (!a) throw notFound();
      if (action.type === 'withdraw' && a.createdBy !== who.userId) throw notFound(); // only one's own
      const rules = await rulesOfLeave(a);
      // the township's approval is judged by the whole unbroken leave, not by this request alone
      const span =
        action.type === 'approve'
          ? leaveSpanOf(
              a as TAbsence,
              (await liveLeaveBy([a.personId]))(a.personId, a.id),
              workingCalendarOf(rules),
            )
          : null;
      const t = absenceTransition(a as TAbsence, action, rules, span?.days);
      if (!t.ok)
        throw t.reason === 'beyond_level'
          ? new AppError('forbidden', 'absence_beyond_level', { max: rules.townshipLeaveMaxDays })
          : new AppError('conflict', 'absence_not_pending', { absenceState: a.state });
      const at = deps.now();
      const decided =
        action.type === 'withdraw'
          ? {}
          : action.level === 'county'
            ? { countyDecidedBy: who.userId, countyDecidedAt: at }
            : { townshipDecidedBy: who.userId, townshipDecidedAt: at };
      const row = await db.transaction(async (tx) => {
        const next = await updateAbsence(tx, id, {
          state: t.state,
          ...decided,
          ...(who.note ? { decisionNote: who.note } : {}),
          updatedAt: at,
        });
        await recordAudit(tx, ctx, {
          action: `absence.${action.type}`,
          objectType: 'absence',
          objectId: id,
          details: { from: a.state, to: t.state, ...(span && span.requests > 1 ? { span } : {}) },
        });
        return next;
      });
      if (t.state === 'pending_county') await notifyDeciders(row, t.state);
      if (action.type !== 'withdraw' && a.createdBy)
        await deps.notify(a.createdBy, 'absence_decided', {
          ...(await absenceParamsOf(db, row)),
          state: t.state,
        });
      if (t.state === 'approved') await checkRecall(row, ctx);
      return viewOf(id);
    },

    /** Cadres in scope whose approved leave this year passed the recall limit (召回预警). */
    async recallAlerts(scope: TScope, year: string) {
      const rules = await deps.rules.get(Number(year));
      const rows = await findAbsences(db, scope, { states: ['approved'], year }, 10_000);
      const byPerson = new Map<
        number,
        { personName: string; villageCode: string; villageName: string; absences: TAbsence[] }
      >();
      for (const r of rows) {
        const e = byPerson.get(r.absence.personId) ?? {
          personName: r.personName,
          villageCode: r.absence.villageCode,
          villageName: r.villageName,
          absences: [],
        };
        e.absences.push(r.absence as TAbsence);
        byPerson.set(r.absence.personId, e);
      }
      const items = [...byPerson.entries()]
        .map(([personId, e]) => ({
          personId,
          personName: e.personName,
          villageCode: e.villageCode,
          villageName: e.villageName,
          days: leaveDaysInYear(e.absences, year),
        }))
        .filter((e) => e.days > rules.recallLeaveDays)
        .sort(
          (a, b) =>
            a.villageName.localeCompare(b.villageName, 'zh') ||
            a.personName.localeCompare(b.personName, 'zh'),
        );
      return { year, limit: rules.recallLeaveDays, items };
    },
  };
}
export type TAbsencesService = ReturnType<typeof createAbsencesService>;
