import type { TMentoringFilter, TScope } from '@zhucun/core';
import { and, asc, desc, eq, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import {
  divisions,
  dutyDayPhotos,
  dutyDays,
  mentoringTalks,
  mentorPairs,
  persons,
  postings,
  roleAssignments,
  storedFiles,
  users,
} from '../../db/schema.ts';
import { DUTY_PHOTO } from '../duty/duty-photo.repository.ts';

export type TPairRow = typeof mentorPairs.$inferSelect;
export type TTalkRow = typeof mentoringTalks.$inferSelect;

const village = alias(divisions, 'mentee_village');
const township = alias(divisions, 'mentee_township');
const mentor = alias(users, 'pair_mentor');
const creator = alias(users, 'pair_creator');

/** Inside the scope: the code (a village, or the division a person is filed under) lies under it. */
export function codeInScope(column: AnyPgColumn, scope: TScope): SQL | undefined {
  if (scope.all) return undefined;
  const conds = scope.codes.map((c) => sql`${column} like ${`${c}%`}`);
  return conds.length ? or(...conds) : sql`false`;
}

/**
 * The people a mentor account mentors now (active pairs only): the read scope a mentor is given
 * over their mentees' records, here and in other modules (projects: a mentor reads their mentees').
 */
export async function menteePersonIdsOf(db: TDb, mentorUserId: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ personId: mentorPairs.personId })
    .from(mentorPairs)
    .where(and(eq(mentorPairs.mentorUserId, mentorUserId), isNull(mentorPairs.endDate)))
    .orderBy(mentorPairs.personId);
  return rows.map((r) => r.personId);
}

/**
 * The same people as a subquery (select person_id …), for a read scope written in SQL: projects
 * whose leader or a claimant is one of them (projects-scope.ts).
 */
export function menteePersonIdsSql(mentorUserId: number): SQL {
  return sql`select ${mentorPairs.personId} from ${mentorPairs} where ${mentorPairs.mentorUserId} = ${mentorUserId} and ${mentorPairs.endDate} is null`;
}

/** A sign-in account as a mentor: its name, whether it is disabled and whether it holds `mentor`. */
export async function findMentorAccount(exec: TDb, userId: number) {
  const [row] = await exec
    .select({
      id: users.id,
      displayName: users.displayName,
      disabled: sql<boolean>`${users.disabledAt} is not null`,
      isMentor: sql<boolean>`${roleAssignments.id} is not null`,
    })
    .from(users)
    .leftJoin(roleAssignments, and(eq(roleAssignments.userId, users.id), eq(roleAssignments.role, 'mentor')))
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

/** Enabled accounts holding the `mentor` role, by name, with how many people each mentors now. */
export async function findMentorAccounts(exec: TDb) {
  return exec
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      activeMentees: sql<number>`(select count(*) from ${mentorPairs} where ${mentorPairs.mentorUserId} = ${users.id} and ${mentorPairs.endDate} is null)`,
    })
    .from(users)
    .innerJoin(roleAssignments, and(eq(roleAssignments.userId, users.id), eq(roleAssignments.role, 'mentor')))
    .where(isNull(users.disabledAt))
    .orderBy(asc(users.displayName), asc(users.id));
}

/** The facts the eligibility rule reads on a date: the person, and the posting covering the date. */
export async function findMenteeFacts(exec: TDb, personId: number, onDate: string) {
  const [posting] = await exec
    .select({ category: postings.category })
    .from(postings)
    .where(
      and(
        eq(postings.personId, personId),
        lte(postings.startDate, onDate),
        or(isNull(postings.actualEndDate), sql`${postings.actualEndDate} >= ${onDate}`),
      ),
    )
    .orderBy(desc(postings.startDate))
    .limit(1);
  return posting ?? null;
}

const pairColumns = {
  pair: mentorPairs,
  personName: persons.name,
  filedUnder: persons.filedUnder,
  mentorName: mentor.displayName,
  createdByName: creator.displayName,
};
export type TPairWithNames = {
  pair: TPairRow;
  personName: string;
  filedUnder: string;
  mentorName: string;
  createdByName: string;
};

function pairsQuery(exec: TDb) {
  return exec
    .select(pairColumns)
    .from(mentorPairs)
    .innerJoin(persons, eq(persons.id, mentorPairs.personId))
    .innerJoin(mentor, eq(mentor.id, mentorPairs.mentorUserId))
    .innerJoin(creator, eq(creator.id, mentorPairs.createdBy));
}

/** Every pair of a person, history included: active ones first (county, township, village), then the latest ended. */
export async function findPairsOfPerson(exec: TDb, personId: number): Promise<TPairWithNames[]> {
  return pairsQuery(exec)
    .where(eq(mentorPairs.personId, personId))
    .orderBy(
      sql`${mentorPairs.endDate} is not null`,
      sql`array_position(array['county','township','village']::varchar[], ${mentorPairs.level})`,
      desc(mentorPairs.endDate),
      desc(mentorPairs.id),
    );
}

/** One pair, only when its mentee is filed inside the scope. */
export async function findPairInScope(exec: TDb, scope: TScope, id: number) {
  const [row] = await pairsQuery(exec)
    .where(and(eq(mentorPairs.id, id), codeInScope(persons.filedUnder, scope)))
    .limit(1);
  return row;
}

/** The active pair of a person at a level, if any. */
export async function findActivePair(exec: TDb, personId: number, level: string) {
  const [row] = await pairsQuery(exec)
    .where(and(eq(mentorPairs.personId, personId), eq(mentorPairs.level, level), isNull(mentorPairs.endDate)))
    .limit(1);
  return row;
}

/** A mentor's active pair with a person (the mentor's door to that mentee), if any. */
export async function findActivePairOfMentor(exec: TDb, mentorUserId: number, personId: number) {
  const [row] = await pairsQuery(exec)
    .where(
      and(
        eq(mentorPairs.mentorUserId, mentorUserId),
        eq(mentorPairs.personId, personId),
        isNull(mentorPairs.endDate),
      ),
    )
    .orderBy(asc(mentorPairs.id))
    .limit(1);
  return row;
}

export async function insertPair(exec: TDb, values: typeof mentorPairs.$inferInsert): Promise<TPairRow> {
  const [row] = await exec.insert(mentorPairs).values(values).returning();
  return row!;
}

/** Ends an active pair (the row stays, with its end); undefined when it had already ended. */
export async function endPair(
  exec: TDb,
  id: number,
  values: Pick<TPairRow, 'endDate' | 'endReason' | 'endNote' | 'endedBy' | 'endedAt'>,
): Promise<TPairRow | undefined> {
  const [row] = await exec
    .update(mentorPairs)
    .set(values)
    .where(and(eq(mentorPairs.id, id), isNull(mentorPairs.endDate)))
    .returning();
  return row;
}

export async function insertTalk(exec: TDb, values: typeof mentoringTalks.$inferInsert): Promise<TTalkRow> {
  const [row] = await exec.insert(mentoringTalks).values(values).returning();
  return row!;
}

/** Talks of some pairs, latest first, with who recorded them. */
export async function findTalksOfPairs(exec: TDb, pairIds: number[]) {
  if (pairIds.length === 0) return [];
  return exec
    .select({ talk: mentoringTalks, recordedByName: users.displayName })
    .from(mentoringTalks)
    .innerJoin(users, eq(users.id, mentoringTalks.recordedBy))
    .where(inArray(mentoringTalks.pairId, pairIds))
    .orderBy(desc(mentoringTalks.date), desc(mentoringTalks.id));
}

/** The active posting of people, with the names of its village and township. */
export const menteePostingColumns = {
  villageCode: postings.villageCode,
  villageName: village.name,
  townshipCode: township.code,
  townshipName: township.name,
  category: postings.category,
  postTitle: postings.postTitle,
  startDate: postings.startDate,
};

function postingFilter(f: TMentoringFilter): SQL[] {
  const conds: SQL[] = [];
  if (f.township) conds.push(sql`${postings.villageCode} like ${`${f.township}%`}`);
  if (f.village) conds.push(eq(postings.villageCode, f.village));
  return conds;
}

/**
 * People with an active posting of the three mentoring categories in the scope (and filter), by
 * village and name: the candidates whose eligibility the service reads by the rule in core.
 */
export async function findMenteeCandidates(
  exec: TDb,
  scope: TScope,
  f: TMentoringFilter,
  categories: readonly string[],
) {
  return exec
    .select({ person: persons, posting: menteePostingColumns })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .innerJoin(village, eq(village.code, postings.villageCode))
    .innerJoin(township, eq(township.code, village.parentCode))
    .where(
      and(
        isNull(postings.actualEndDate),
        inArray(postings.category, [...categories]),
        codeInScope(postings.villageCode, scope),
        ...postingFilter(f),
      ),
    )
    .orderBy(asc(postings.villageCode), asc(persons.name), asc(persons.id));
}

/** Active pairs of some people (their current mentors). */
export async function findActivePairsOf(exec: TDb, personIds: number[]): Promise<TPairWithNames[]> {
  if (personIds.length === 0) return [];
  return pairsQuery(exec).where(and(inArray(mentorPairs.personId, personIds), isNull(mentorPairs.endDate)));
}

/** Active pairs whose mentee is filed in the scope (and, by filter, posted there), by village, name and level. */
export async function findActivePairsInScope(exec: TDb, scope: TScope, f: TMentoringFilter) {
  return exec
    .select({
      ...pairColumns,
      posting: menteePostingColumns,
      talkCount: sql<number>`(select count(*) from ${mentoringTalks} where ${mentoringTalks.pairId} = ${mentorPairs.id})`,
    })
    .from(mentorPairs)
    .innerJoin(persons, eq(persons.id, mentorPairs.personId))
    .innerJoin(mentor, eq(mentor.id, mentorPairs.mentorUserId))
    .innerJoin(creator, eq(creator.id, mentorPairs.createdBy))
    .leftJoin(postings, and(eq(postings.personId, persons.id), isNull(postings.actualEndDate)))
    .leftJoin(village, eq(village.code, postings.villageCode))
    .leftJoin(township, eq(township.code, village.parentCode))
    .where(and(isNull(mentorPairs.endDate), codeInScope(persons.filedUnder, scope), ...postingFilter(f)))
    .orderBy(
      asc(persons.filedUnder),
      asc(persons.name),
      asc(persons.id),
      sql`array_position(array['county','township','village']::varchar[], ${mentorPairs.level})`,
    );
}

/** A mentor's mentees now: the person, their active posting, and the day of their latest log. */
export async function findMenteesOf(exec: TDb, mentorUserId: number, personId?: number) {
  return exec
    .select({
      pair: mentorPairs,
      person: persons,
      posting: menteePostingColumns,
      lastLogDate: sql<
        string | null
      >`(select max(d.date)::text from duty_days d where d.person_id = ${persons.id})`,
    })
    .from(mentorPairs)
    .innerJoin(persons, eq(persons.id, mentorPairs.personId))
    .leftJoin(postings, and(eq(postings.personId, persons.id), isNull(postings.actualEndDate)))
    .leftJoin(village, eq(village.code, postings.villageCode))
    .leftJoin(township, eq(township.code, village.parentCode))
    .where(
      and(
        eq(mentorPairs.mentorUserId, mentorUserId),
        isNull(mentorPairs.endDate),
        personId === undefined ? undefined : eq(mentorPairs.personId, personId),
      ),
    )
    .orderBy(asc(persons.filedUnder), asc(persons.name), asc(mentorPairs.id));
}

/** A photo of a day-log entry of one of the mentor's mentees now (the mentor reads their logs). */
export async function findMenteeDayPhoto(exec: TDb, id: number, mentorUserId: number) {
  const [row] = await exec
    .select({ storageKey: storedFiles.storageKey })
    .from(storedFiles)
    .innerJoin(dutyDayPhotos, eq(dutyDayPhotos.fileId, storedFiles.id))
    .innerJoin(dutyDays, eq(dutyDays.id, dutyDayPhotos.dutyDayId))
    .innerJoin(
      mentorPairs,
      and(
        eq(mentorPairs.personId, dutyDays.personId),
        eq(mentorPairs.mentorUserId, mentorUserId),
        isNull(mentorPairs.endDate),
      ),
    )
    .where(and(eq(storedFiles.id, id), eq(storedFiles.purpose, DUTY_PHOTO)))
    .limit(1);
  return row;
}
