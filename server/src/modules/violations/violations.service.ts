import {
  answerDueOf,
  DEFAULT_ANSWER_DAYS,
  deductionOf,
  inScope,
  localDate,
  reducedDeductionProblem,
  type TNotificationKind,
  type TScope,
  type TViolationAction,
  type TViolationDecisionRequest,
  type TViolationDetail,
  type TViolationRecordRequest,
  type TViolationStatementRequest,
  type TViolationTransition,
  violationTransition,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findCatalogue, findItem } from '../conduct-catalogue/conduct-catalogue.repository.ts';
import { findVillageOnDate } from '../duty/duty.repository.ts';
import { findUsersWithRoleOver } from '../notifications/recipients.repository.ts';
import {
  findPersonFacts,
  findViolations,
  insertEvent,
  insertPhotos,
  insertViolation,
  type TViolationRow,
  updateViolation,
} from './violations.repository.ts';
import { detailsOf, factsOf, type TViewer } from './violations.view.ts';

export type TViolationsDeps = {
  db: TDb;
  now: () => Date;
  notify: (userId: number, kind: TNotificationKind, payload: Record<string, unknown>) => Promise<void>;
  /** Of some file ids, those that are not violation evidence uploaded by this account. */
  unknownEvidence: (userId: number, ids: number[]) => Promise<number[]>;
};

/** The 409 of a refused step, naming the date that matters (docs/rules.md §4.10). */
function refused(
  t: Extract<TViolationTransition, { ok: false }>,
  v: TViolationRow,
  action: TViolationAction,
) {
  switch (t.refusal) {
    case 'answer_period_open':
      return new AppError('conflict', 'violation_answer_period_open', { until: v.answerDue });
    case 'answer_period_over':
      return new AppError('conflict', 'violation_answer_period_over', { until: v.answerDue });
    case 'appeal_period_over':
      return new AppError('conflict', 'violation_appeal_period_over', { until: v.appealDue ?? '' });
    case 'appealed_once':
      return new AppError('conflict', 'violation_appealed_once');
    default:
      return new AppError('conflict', 'violation_not_allowed_in_state', {
        violationState: v.state,
        violationAction: action,
      });
  }
}

/**
 * 违规记录: the due process of a violation of the negative list (docs/rules.md §4.10). Recorded with evidence by
 * the county or the cadre's township → the cadre told and heard (a written answer within the year's answer
 * period) → decided by the county → appealed once → the appeal decided, final. Every step is audited and
 * kept in the record's timeline; only the cadre, their township and the county see a record.
 */
export function createViolationsService(deps: TViolationsDeps) {
  const { db } = deps;
  const today = () => localDate(deps.now());
  const answerDaysOf = async (year: number) =>
    (await findCatalogue(db, year))?.answerDays ?? DEFAULT_ANSWER_DAYS;

  async function one(scope: TScope, id: number, viewer: TViewer): Promise<TViolationDetail> {
    const rows = await findViolations(db, scope, { id });
    if (!rows.length) throw notFound();
    return (await detailsOf(db, rows, viewer, today()))[0]!;
  }

  /** The cadre's own record (someone else's is not found). */
  async function own(userId: number, id: number) {
    const [row] = await findViolations(db, { all: true }, { id, userId });
    if (!row) throw notFound();
    return row;
  }

  /** One step of the cadre's: the answer (申辩) or the appeal (申诉), heard by the county and the recorder. */
  async function statement(
    userId: number,
    id: number,
    action: 'answer' | 'appeal',
    input: TViolationStatementRequest,
    ctx: TActorContext,
  ) {
    const mine = await own(userId, id);
    const { v } = mine;
    const t = violationTransition(factsOf(v), action, today());
    if (!t.ok) throw refused(t, v, action);
    const at = deps.now();
    await db.transaction(async (tx) => {
      const set =
        action === 'answer'
          ? { answer: input.explanation, answeredAt: at }
          : { appeal: input.explanation, appealedAt: at };
      if (!(await updateViolation(tx, id, v.state, { ...set, state: t.to, updatedAt: at })))
        throw new AppError('conflict', 'violation_not_allowed_in_state', {
          violationState: v.state,
          violationAction: action,
        });
      await insertEvent(tx, {
        violationId: id,
        at,
        actorUserId: userId,
        action,
        fromState: v.state,
        toState: t.to,
        note: input.explanation,
      });
      await recordAudit(tx, ctx, {
        action: `violation.${action}`,
        objectType: 'violation',
        objectId: id,
        details: { personId: v.personId, length: input.explanation.length },
      });
    });
    const told = new Set([v.recordedBy, ...(await findUsersWithRoleOver(db, 'county_admin', v.villageCode))]);
    for (const u of told)
      if (u !== userId)
        await deps.notify(u, 'violation_answered', {
          violationId: id,
          action,
          personName: mine.personName,
          item: mine.itemText,
        });
    return one({ all: true }, id, 'cadre');
  }

  return {
    one,

    /**
     * Records a violation of a cadre posted in the caller's scope on the day of the conduct, citing an item of
     * that year's list, with evidence (audited); the cadre is told and the answer period starts today. No one
     * records a violation of themself (403).
     */
    async record(
      scope: TScope,
      input: TViolationRecordRequest,
      actor: { userId: number },
      ctx: TActorContext,
    ) {
      const person = await findPersonFacts(db, input.personId);
      const villageCode = person ? await findVillageOnDate(db, input.personId, input.occurredOn) : undefined;
      if (!person || !inScope(scope, villageCode ?? person.filedUnder)) throw notFound();
      if (person.userId === actor.userId) throw new AppError('forbidden', 'violation_self');
      if (input.occurredOn > today()) throw invalidField('occurredOn', 'violation_future');
      if (!villageCode) throw invalidField('personId', 'violation_not_posted', { date: input.occurredOn });
      const year = Number(input.occurredOn.slice(0, 4));
      const item = await findItem(db, input.itemId);
      if (!item || item.year !== year || item.retiredAt)
        throw invalidField('itemId', 'violation_item_year', { year });
      const unknown = await deps.unknownEvidence(actor.userId, input.photoIds);
      if (unknown.length) throw invalidField('photoIds', 'photo_unknown', { ids: unknown.join('、') });
      const at = deps.now();
      const answerDue = answerDueOf(today(), await answerDaysOf(year));
      const id = await db.transaction(async (tx) => {
        const row = await insertViolation(tx, {
          personId: input.personId,
          villageCode,
          year,
          itemId: item.id,
          occurredOn: input.occurredOn,
          description: input.circumstances,
          state: 'notified',
          deduction: item.deduction,
          veto: item.veto,
          answerDue,
          recordedBy: actor.userId,
          recordedLevel: scope.all || scope.codes.some((c) => c.length <= 6) ? 'county' : 'township',
          createdAt: at,
          updatedAt: at,
        });
        await insertPhotos(tx, row.id, [...new Set(input.photoIds)]);
        await insertEvent(tx, {
          violationId: row.id,
          at,
          actorUserId: actor.userId,
          action: 'record',
          toState: 'notified',
          deduction: item.deduction,
          note: input.circumstances,
        });
        await recordAudit(tx, ctx, {
          action: 'violation.record',
          objectType: 'violation',
          objectId: row.id,
          details: { personId: input.personId, itemId: item.id, occurredOn: input.occurredOn, answerDue },
        });
        return row.id;
      });
      if (person.userId)
        await deps.notify(person.userId, 'violation_recorded', {
          violationId: id,
          item: item.text,
          answerDue,
        });
      return one(scope, id, 'reader');
    },

    /**
     * The county decides a record, or its appeal (final): upheld, reduced to a lower deduction, or dismissed,
     * with the reason (audited, the cadre told). Never before the answer period ends unless the cadre answered.
     */
    async decide(
      scope: TScope,
      id: number,
      input: TViolationDecisionRequest,
      actor: { userId: number },
      ctx: TActorContext,
    ) {
      const [row] = await findViolations(db, scope, { id });
      if (!row) throw notFound();
      const { v } = row;
      if (row.personUserId === actor.userId) throw new AppError('forbidden', 'violation_self');
      const action = v.state === 'appealed' ? 'decide_appeal' : 'decide';
      const t = violationTransition(factsOf(v), action, today());
      if (!t.ok) throw refused(t, v, action);
      const problem = reducedDeductionProblem(input.outcome, v.deduction, input.reducedDeduction);
      if (problem) throw invalidField('reducedDeduction', `violation_${problem}`, { deduction: v.deduction });
      const finalDeduction = deductionOf(input.outcome, v.deduction, input.reducedDeduction);
      const at = deps.now();
      const appealDue = action === 'decide' ? answerDueOf(today(), await answerDaysOf(v.year)) : v.appealDue;
      await db.transaction(async (tx) => {
        const set = {
          state: t.to,
          outcome: input.outcome,
          finalDeduction,
          decidedAt: at,
          appealDue,
          updatedAt: at,
        };
        if (!(await updateViolation(tx, id, v.state, set)))
          throw new AppError('conflict', 'violation_not_allowed_in_state', {
            violationState: v.state,
            violationAction: action,
          });
        await insertEvent(tx, {
          violationId: id,
          at,
          actorUserId: actor.userId,
          action,
          fromState: v.state,
          toState: t.to,
          outcome: input.outcome,
          deduction: finalDeduction,
          note: input.reason,
        });
        await recordAudit(tx, ctx, {
          action: `violation.${action}`,
          objectType: 'violation',
          objectId: id,
          details: {
            personId: v.personId,
            outcome: input.outcome,
            deduction: finalDeduction,
            reason: input.reason,
          },
        });
      });
      if (row.personUserId)
        await deps.notify(row.personUserId, 'violation_decided', {
          violationId: id,
          outcome: input.outcome,
          deduction: finalDeduction,
          item: row.itemText,
          final: action === 'decide_appeal',
        });
      return one(scope, id, 'decider');
    },

    /** The cadre's written answer within the answer period (申辩), once (audited). */
    answer: (userId: number, id: number, input: TViolationStatementRequest, ctx: TActorContext) =>
      statement(userId, id, 'answer', input, ctx),

    /** The cadre's one appeal of a decision, within the appeal period (申诉; audited). */
    appeal: (userId: number, id: number, input: TViolationStatementRequest, ctx: TActorContext) =>
      statement(userId, id, 'appeal', input, ctx),

    /** The cadre's own record. */
    async ownOne(userId: number, id: number) {
      await own(userId, id);
      return one({ all: true }, id, 'cadre');
    },
  };
}
export type TViolationsService = ReturnType<typeof createViolationsService>;
