import {
  addDays,
  checkPairDate,
  fullYearsBetween,
  localDate,
  type TEducationLevel,
  type TMentee,
  type TMenteeDetail,
  type TMentorLevel,
  type TTalkRequest,
  ZTalkRequest,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findDayExtras, findDayInScope, findDays, insertComment } from '../duty/duty.repository.ts';
import { toDayViews } from '../duty/duty.view.ts';
import {
  findActivePairOfMentor,
  findActivePairsOf,
  findMenteeDayPhoto,
  findMenteesOf,
  findTalksOfPairs,
  insertTalk,
  menteePersonIdsOf,
} from './mentoring.repository.ts';
import { toMenteePosting, toPair, toTalk } from './mentoring.view.ts';

/** How far back a mentor's reading of a mentee's log goes when no dates are asked for. */
export const MENTEE_LOG_DAYS = 30;

/**
 * 我的帮带对象: a mentor's own mentees (active pairs only: an ended pair closes the door), their
 * profile basics and logs read-only, comments on their log entries, and the talks the mentor records.
 * Anyone else is not found (404), like an object out of scope.
 */
export function createMentorViewService(deps: { db: TDb; now: () => Date }) {
  const { db } = deps;
  const today = () => localDate(deps.now());

  async function menteesOf(mentorUserId: number, personId?: number): Promise<TMentee[]> {
    const rows = await findMenteesOf(db, mentorUserId, personId);
    const others = await findActivePairsOf(
      db,
      rows.map((r) => r.person.id),
    );
    const day = today();
    return rows.map((r) => {
      // the mentor's own pair is one of the mentee's active pairs
      const { talks: _, ...pair } = toPair(others.find((o) => o.pair.id === r.pair.id)!);
      return {
        personId: r.person.id,
        name: r.person.name,
        gender: r.person.gender as TMentee['gender'],
        age: fullYearsBetween(r.person.birthDate, day),
        educationLevel: r.person.educationLevel as TEducationLevel,
        fullTimeEducation: r.person.fullTimeEducation,
        school: r.person.school,
        major: r.person.major,
        posting: toMenteePosting(r.posting),
        pair,
        mentors: others
          .filter((o) => o.pair.personId === r.person.id)
          .map((o) => ({ level: o.pair.level as TMentorLevel, mentorName: o.mentorName }))
          .sort((a, b) => levelOrder(a.level) - levelOrder(b.level)),
        lastLogDate: r.lastLogDate,
      };
    });
  }

  async function pairOf(mentorUserId: number, personId: number) {
    const found = await findActivePairOfMentor(db, mentorUserId, personId);
    if (!found) throw notFound();
    return found;
  }

  return {
    /** The mentor's mentees now, by village and name. */
    async mentees(mentorUserId: number) {
      return { items: await menteesOf(mentorUserId) };
    },

    /** One mentee, with the talks of the mentor's pair. */
    async mentee(mentorUserId: number, personId: number): Promise<TMenteeDetail> {
      const [mentee] = await menteesOf(mentorUserId, personId);
      if (!mentee) throw notFound();
      const talks = await findTalksOfPairs(db, [mentee.pair.id]);
      return { ...mentee, talks: talks.map(toTalk) };
    },

    /** A mentee's log, read-only, newest first: the last 30 days unless dates are given. */
    async days(mentorUserId: number, personId: number, range: { from?: string; to?: string }) {
      await pairOf(mentorUserId, personId);
      const to = range.to ?? today();
      const from = range.from ?? addDays(to, -(MENTEE_LOG_DAYS - 1));
      const { rows, total } = await findDays(
        db,
        { all: true },
        { personId, from, to },
        { limit: 100, offset: 0 },
      );
      const extras = await findDayExtras(
        db,
        rows.map((r) => r.day.id),
      );
      return { items: toDayViews(rows, extras), total };
    },

    /** A comment on a mentee's log entry, beside the township's (never a return: that is the township's). */
    async comment(mentorUserId: number, dayId: number, text: string, ctx: TActorContext) {
      const day = await findDayInScope(db, { all: true }, dayId);
      if (!day || !(await menteePersonIdsOf(db, mentorUserId)).includes(day.personId)) throw notFound();
      await db.transaction(async (tx) => {
        await insertComment(tx, { dutyDayId: dayId, authorId: mentorUserId, text, returned: false });
        await recordAudit(tx, ctx, {
          action: 'mentoring.comment',
          objectType: 'duty_day',
          objectId: dayId,
          details: { personId: day.personId },
        });
      });
      const { rows } = await findDays(
        db,
        { all: true },
        { personId: day.personId, from: day.date, to: day.date },
        { limit: 1, offset: 0 },
      );
      return toDayViews(rows, await findDayExtras(db, [dayId]))[0]!;
    },

    /** Where a photo of a mentee's log entry is stored (undefined: not the mentor's to see). */
    async photo(mentorUserId: number, fileId: number) {
      return findMenteeDayPhoto(db, fileId, mentorUserId);
    },

    /** 谈心谈话: a talk on a day from the pair's start to today. */
    async recordTalk(mentorUserId: number, personId: number, input: TTalkRequest, ctx: TActorContext) {
      const { pair } = await pairOf(mentorUserId, personId);
      const talk = ZTalkRequest.parse(input);
      const problem = checkPairDate(talk.date, pair.startDate, today());
      if (problem === 'future') throw invalidField('date', 'day_future', { date: talk.date });
      if (problem === 'before_start')
        throw invalidField('date', 'talk_before_pair', { date: talk.date, start: pair.startDate });
      const id = await db.transaction(async (tx) => {
        const row = await insertTalk(tx, {
          pairId: pair.id,
          ...talk,
          recordedBy: mentorUserId,
          recordedAt: deps.now(),
        });
        await recordAudit(tx, ctx, {
          action: 'mentoring.talk',
          objectType: 'mentoring_talk',
          objectId: row.id,
          details: { pairId: pair.id, personId },
        });
        return row.id;
      });
      const talks = await findTalksOfPairs(db, [pair.id]);
      return toTalk(talks.find((t) => t.talk.id === id)!);
    },
  };
}
export type TMentorViewService = ReturnType<typeof createMentorViewService>;

const levelOrder = (level: TMentorLevel) => ['county', 'township', 'village'].indexOf(level);
