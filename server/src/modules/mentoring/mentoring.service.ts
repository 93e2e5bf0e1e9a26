import {
  checkPairDate,
  fullYearsBetween,
  localDate,
  MENTORING_CATEGORIES,
  mayAssignMentorLevel,
  mentoringIneligibility,
  missingMentorLevels,
  type TAssignMentorRequest,
  type TCadreCategory,
  type TEducationLevel,
  type TEndPairRequest,
  type TMentoringFilter,
  type TMentoringGaps,
  type TMentorLevel,
  type TPersonMentoring,
  type TRole,
  type TScope,
  ZEndPairRequest,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findPersonInScope, type TPersonRow } from '../cadres/cadres.repository.ts';
import {
  endPair,
  findActivePair,
  findActivePairsInScope,
  findActivePairsOf,
  findMenteeCandidates,
  findMenteeFacts,
  findMentorAccount,
  findMentorAccounts,
  findPairInScope,
  findPairsOfPerson,
  findTalksOfPairs,
  insertPair,
} from './mentoring.repository.ts';
import { toMenteePosting, toPair } from './mentoring.view.ts';

export type TMentoringDeps = { db: TDb; now: () => Date };

/** Who asks: their roles (the levels they may pair at), their account and the audit context. */
export type TAssigner = { roles: readonly TRole[]; userId: number; ctx: TActorContext };

const factsOf = (person: TPersonRow, category: string | null) => ({
  category: category as TCadreCategory | null,
  birthDate: person.birthDate,
  educationLevel: person.educationLevel as TEducationLevel,
  fullTimeEducation: person.fullTimeEducation,
});

/** 结对帮带 for the county and the townships: gaps, pairs in scope, pairing and ending. */
export function createMentoringService(deps: TMentoringDeps) {
  const { db } = deps;
  const today = () => localDate(deps.now());

  /** The mentor account must exist, be enabled, hold `mentor`, and not be the mentee's own. */
  async function checkMentor(mentorUserId: number, mentee: TPersonRow) {
    const account = await findMentorAccount(db, mentorUserId);
    if (!account) throw invalidField('mentorUserId', 'mentor_unknown');
    const name = account.displayName;
    if (account.disabled) throw invalidField('mentorUserId', 'mentor_disabled', { name });
    if (!account.isMentor) throw invalidField('mentorUserId', 'mentor_role_missing', { name });
    if (mentee.userId === mentorUserId) throw invalidField('mentorUserId', 'mentor_is_mentee');
    return account;
  }

  /** The mentee must be eligible on the start date; the refusal names every reason. */
  async function checkEligible(person: TPersonRow, date: string) {
    const posting = await findMenteeFacts(db, person.id, date);
    const reasons = mentoringIneligibility(factsOf(person, posting?.category ?? null), date);
    if (reasons.length === 0) return;
    const age = fullYearsBetween(person.birthDate, date);
    throw new AppError(
      'validation',
      'mentee_not_eligible',
      { name: person.name, date },
      reasons.map((r) => ({ field: 'personId', key: `mentee_${r}` as const, params: { age } })),
    );
  }

  return {
    /**
     * 缺口: eligible people (today, active posting) in scope without all three mentors, by village
     * and name (a list of gaps, never a ranking), with how many eligible people there are in all.
     */
    async gaps(scope: TScope, filter: TMentoringFilter): Promise<TMentoringGaps> {
      const day = today();
      const eligible = (await findMenteeCandidates(db, scope, filter, MENTORING_CATEGORIES)).filter(
        (c) => mentoringIneligibility(factsOf(c.person, c.posting.category), day).length === 0,
      );
      const pairs = await findActivePairsOf(
        db,
        eligible.map((c) => c.person.id),
      );
      const items = eligible.flatMap((c) => {
        const mine = pairs.filter((p) => p.pair.personId === c.person.id);
        const missing = missingMentorLevels(mine.map((p) => p.pair.level as TMentorLevel));
        if (missing.length === 0) return [];
        return [
          {
            personId: c.person.id,
            name: c.person.name,
            posting: toMenteePosting(c.posting)!,
            mentors: mine.map((p) => ({
              pairId: p.pair.id,
              level: p.pair.level as TMentorLevel,
              mentorName: p.mentorName,
            })),
            missingLevels: missing,
          },
        ];
      });
      return { eligible: eligible.length, complete: eligible.length - items.length, items };
    },

    /** Active pairs in scope, by village, mentee and level. */
    async activePairs(scope: TScope, filter: TMentoringFilter) {
      const rows = await findActivePairsInScope(db, scope, filter);
      return {
        items: rows.map((r) => {
          const { talks: _, ...pair } = toPair(r);
          return { ...pair, posting: toMenteePosting(r.posting), talkCount: Number(r.talkCount) };
        }),
      };
    },

    /** The accounts that may be picked as mentors. */
    async mentors() {
      const rows = await findMentorAccounts(db);
      return { items: rows.map((r) => ({ ...r, activeMentees: Number(r.activeMentees) })) };
    },

    /** A person's mentors, history kept, with the talks of each pair and today's eligibility. */
    async ofPerson(scope: TScope, personId: number): Promise<TPersonMentoring> {
      const person = await findPersonInScope(db, scope, personId);
      if (!person) throw notFound();
      const day = today();
      const posting = await findMenteeFacts(db, person.id, day);
      const reasons = mentoringIneligibility(factsOf(person, posting?.category ?? null), day);
      const pairs = await findPairsOfPerson(db, person.id);
      const talks = await findTalksOfPairs(
        db,
        pairs.map((p) => p.pair.id),
      );
      const active = pairs.filter((p) => p.pair.endDate === null).map((p) => p.pair.level as TMentorLevel);
      return {
        personId: person.id,
        name: person.name,
        eligible: reasons.length === 0,
        ineligibleReasons: reasons,
        missingLevels: missingMentorLevels(active),
        pairs: pairs.map((p) => toPair(p, talks)),
      };
    },

    /**
     * Pairs a mentor with a mentee at a level: the county at every level, a township below it, for
     * people in its scope; the account holds `mentor`; the mentee is eligible on the start date; one
     * active mentor per level, and one level per mentor.
     */
    async assign(scope: TScope, input: TAssignMentorRequest, by: TAssigner) {
      const person = await findPersonInScope(db, scope, input.personId);
      if (!person) throw notFound();
      if (!mayAssignMentorLevel(by.roles, input.level))
        throw new AppError('forbidden', 'mentoring_level_not_yours', { mentorLevel: input.level });
      if (input.startDate > today()) throw invalidField('startDate', 'day_future', { date: input.startDate });
      const account = await checkMentor(input.mentorUserId, person);
      await checkEligible(person, input.startDate);
      const taken = await findActivePair(db, person.id, input.level);
      if (taken)
        throw new AppError('conflict', 'mentor_level_taken', {
          name: person.name,
          mentorLevel: input.level,
          mentor: taken.mentorName,
          date: taken.pair.startDate,
        });
      const already = (await findActivePairsOf(db, [person.id])).find(
        (p) => p.pair.mentorUserId === account.id,
      );
      if (already)
        throw new AppError('conflict', 'mentor_already_paired', {
          mentor: account.displayName,
          name: person.name,
          mentorLevel: already.pair.level,
        });
      const id = await db.transaction(async (tx) => {
        const pair = await insertPair(tx, { ...input, createdBy: by.userId, createdAt: deps.now() });
        await recordAudit(tx, by.ctx, {
          action: 'mentoring.assign',
          objectType: 'mentor_pair',
          objectId: pair.id,
          details: { personId: person.id, level: input.level, mentorUserId: account.id },
        });
        return pair.id;
      });
      return toPair((await findPairInScope(db, { all: true }, id))!);
    },

    /** Ends a pair (history kept): a date not before its start and not after today, and a reason. */
    async end(scope: TScope, id: number, input: TEndPairRequest, by: TAssigner) {
      const found = await findPairInScope(db, scope, id);
      if (!found) throw notFound();
      const { pair } = found;
      if (!mayAssignMentorLevel(by.roles, pair.level as TMentorLevel))
        throw new AppError('forbidden', 'mentoring_level_not_yours', { mentorLevel: pair.level });
      if (pair.endDate) throw new AppError('conflict', 'pair_ended', { date: pair.endDate });
      const change = ZEndPairRequest.parse(input);
      const problem = checkPairDate(change.endDate, pair.startDate, today());
      if (problem === 'future') throw invalidField('endDate', 'day_future', { date: change.endDate });
      if (problem === 'before_start')
        throw invalidField('endDate', 'end_before_start', { start: pair.startDate });
      await db.transaction(async (tx) => {
        const ended = await endPair(tx, id, { ...change, endedBy: by.userId, endedAt: deps.now() });
        if (!ended) throw new AppError('conflict', 'pair_ended', { date: change.endDate });
        await recordAudit(tx, by.ctx, {
          action: 'mentoring.end',
          objectType: 'mentor_pair',
          objectId: id,
          details: { personId: pair.personId, level: pair.level, endReason: change.endReason },
        });
      });
      const pairs = await findPairsOfPerson(db, pair.personId);
      const talks = await findTalksOfPairs(db, [id]);
      return toPair(pairs.find((p) => p.pair.id === id)!, talks);
    },
  };
}
export type TMentoringService = ReturnType<typeof createMentoringService>;
