import type { TScope } from '@zhucun/core';
import { and, asc, desc, eq, exists, gte, inArray, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import {
  divisions,
  meetingDecisions,
  meetingInvitees,
  meetings,
  persons,
  postings,
} from '../../db/schema.ts';
import { villageInScope } from '../duty/duty.repository.ts';

export type TMeetingRow = typeof meetings.$inferSelect;
export type TInviteeRow = typeof meetingInvitees.$inferSelect;

/** Cadres posted on a date in some divisions (code prefixes) and categories, or among some persons. */
export async function findPostedCadres(
  exec: TDb,
  q: {
    prefixes: readonly string[];
    categories: readonly string[];
    date: string;
    personIds?: readonly number[];
  },
) {
  if (q.prefixes.length === 0 || q.categories.length === 0) return [];
  return exec
    .selectDistinctOn([postings.personId], { personId: postings.personId, villageCode: postings.villageCode })
    .from(postings)
    .where(
      and(
        or(...q.prefixes.map((p) => sql`${postings.villageCode} like ${`${p}%`}`)),
        inArray(postings.category, [...q.categories]),
        lte(postings.startDate, q.date),
        or(isNull(postings.actualEndDate), gte(postings.actualEndDate, q.date)),
        q.personIds ? inArray(postings.personId, [...q.personIds]) : undefined,
      ),
    )
    .orderBy(postings.personId, desc(postings.startDate));
}

export async function insertMeeting(exec: TDb, values: typeof meetings.$inferInsert): Promise<TMeetingRow> {
  const [row] = await exec.insert(meetings).values(values).returning();
  return row!;
}

export async function insertInvitees(exec: TDb, rows: (typeof meetingInvitees.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 2000)
    await exec.insert(meetingInvitees).values(rows.slice(i, i + 2000));
}

/** Seen in a scope: organised within it, or inviting someone posted within it. */
function visibleIn(scope: TScope): SQL | undefined {
  if (scope.all) return undefined;
  return or(
    villageInScope(meetings.divisionCode, scope),
    exists(
      sql`(select 1 from ${meetingInvitees} where ${meetingInvitees.meetingId} = ${meetings.id} and ${villageInScope(meetingInvitees.villageCode, scope)})`,
    ),
  );
}

/** Organised within a township or inviting someone posted in it. */
function touches(township: string): SQL {
  return or(
    sql`${meetings.divisionCode} like ${`${township}%`}`,
    sql`exists (select 1 from ${meetingInvitees} where ${meetingInvitees.meetingId} = ${meetings.id} and ${meetingInvitees.villageCode} like ${`${township}%`})`,
  )!;
}

export type TMeetingFilter = {
  upcomingAt?: Date;
  pastAt?: Date;
  township?: string;
  kind?: string;
  id?: number;
};

/** Meetings seen in a scope, with the organising division's name: upcoming soonest first, past latest first. */
export async function findMeetings(exec: TDb, scope: TScope, f: TMeetingFilter, limit = 200) {
  return exec
    .select({ meeting: meetings, divisionName: divisions.name })
    .from(meetings)
    .innerJoin(divisions, eq(divisions.code, meetings.divisionCode))
    .where(
      and(
        visibleIn(scope),
        f.id !== undefined ? eq(meetings.id, f.id) : undefined,
        f.upcomingAt ? gte(meetings.endsAt, f.upcomingAt) : undefined,
        f.pastAt ? lt(meetings.endsAt, f.pastAt) : undefined,
        f.township ? touches(f.township) : undefined,
        f.kind ? eq(meetings.kind, f.kind) : undefined,
      ),
    )
    .orderBy(f.pastAt ? desc(meetings.startsAt) : asc(meetings.startsAt), asc(meetings.id))
    .limit(limit);
}

const townships = alias(divisions, 'township');

/** Invitees of some meetings (those posted in the scope), with name, category, village and township. */
export async function findInvitees(exec: TDb, meetingIds: readonly number[], scope: TScope) {
  if (meetingIds.length === 0) return [];
  return exec
    .select({
      invitee: meetingInvitees,
      name: persons.name,
      userId: persons.userId,
      villageName: divisions.name,
      townshipName: townships.name,
      category: sql<string>`coalesce((select ${postings.category} from ${postings} where ${postings.personId} = ${meetingInvitees.personId} order by ${postings.startDate} desc limit 1), '')`,
    })
    .from(meetingInvitees)
    .innerJoin(persons, eq(persons.id, meetingInvitees.personId))
    .innerJoin(divisions, eq(divisions.code, meetingInvitees.villageCode))
    .innerJoin(townships, eq(townships.code, sql`left(${meetingInvitees.villageCode}, 9)`))
    .where(
      and(
        inArray(meetingInvitees.meetingId, [...meetingIds]),
        villageInScope(meetingInvitees.villageCode, scope),
      ),
    )
    .orderBy(asc(meetingInvitees.villageCode), asc(persons.name), asc(persons.id));
}

/** One invitee of a meeting (undefined when not invited). */
export async function findInvitee(exec: TDb, meetingId: number, personId: number) {
  const [row] = await exec
    .select()
    .from(meetingInvitees)
    .where(and(eq(meetingInvitees.meetingId, meetingId), eq(meetingInvitees.personId, personId)))
    .limit(1);
  return row;
}

export async function setAttendance(
  exec: TDb,
  meetingId: number,
  personId: number,
  values: Pick<TInviteeRow, 'attendance' | 'markedBy' | 'markedAt' | 'spotCheckId'>,
) {
  await exec
    .update(meetingInvitees)
    .set(values)
    .where(and(eq(meetingInvitees.meetingId, meetingId), eq(meetingInvitees.personId, personId)));
}

export async function setMinutes(exec: TDb, id: number, minutes: string, by: number, at: Date) {
  await exec
    .update(meetings)
    .set({ minutes, minutesUpdatedBy: by, minutesUpdatedAt: at })
    .where(eq(meetings.id, id));
}

export async function findDecisions(exec: TDb, meetingId: number) {
  return exec
    .select()
    .from(meetingDecisions)
    .where(eq(meetingDecisions.meetingId, meetingId))
    .orderBy(asc(meetingDecisions.id));
}

export async function insertDecision(exec: TDb, values: typeof meetingDecisions.$inferInsert) {
  const [row] = await exec.insert(meetingDecisions).values(values).returning();
  return row!;
}

/** The meetings a person is invited to that end at or after an instant, soonest first, with their mark. */
export async function findMeetingsOfPerson(exec: TDb, personId: number, endsFrom: Date) {
  return exec
    .select({ meeting: meetings, divisionName: divisions.name, invitee: meetingInvitees })
    .from(meetingInvitees)
    .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
    .innerJoin(divisions, eq(divisions.code, meetings.divisionCode))
    .where(and(eq(meetingInvitees.personId, personId), gte(meetings.endsAt, endsFrom)))
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(50);
}

/** Invitees with an account of meetings starting after `from` and at or before `until`: whom a notice is for. */
export async function findInviteesToNotify(exec: TDb, from: Date, until: Date) {
  return exec
    .select({
      meetingId: meetings.id,
      kind: meetings.kind,
      title: meetings.title,
      startsAt: meetings.startsAt,
      videoUrl: meetings.videoUrl,
      userId: persons.userId,
    })
    .from(meetings)
    .innerJoin(meetingInvitees, eq(meetingInvitees.meetingId, meetings.id))
    .innerJoin(persons, eq(persons.id, meetingInvitees.personId))
    .where(
      and(
        sql`${meetings.startsAt} > ${from}`,
        lte(meetings.startsAt, until),
        sql`${persons.userId} is not null`,
      ),
    );
}
