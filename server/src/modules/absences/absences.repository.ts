import type { TScope } from '@zhucun/core';
import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { absences, divisions, persons, postings, roleAssignments } from '../../db/schema.ts';
import { villageInScope } from '../duty/duty.repository.ts';

export type TAbsenceRow = typeof absences.$inferSelect;

/** A person's absences touching a date range (any state; callers pick the states they need). */
export async function findAbsencesOf(exec: TDb, personId: number, from: string, to: string) {
  return exec
    .select()
    .from(absences)
    .where(
      and(
        eq(absences.personId, personId),
        sql`${absences.startDate} <= ${to}`,
        sql`${absences.endDate} >= ${from}`,
      ),
    )
    .orderBy(asc(absences.startDate));
}

/** What a span of leave or an excused check needs of an absence: whose, which kind, its state and dates. */
const RANGE_COLUMNS = {
  id: absences.id,
  personId: absences.personId,
  kind: absences.kind,
  state: absences.state,
  startDate: absences.startDate,
  endDate: absences.endDate,
};

/** The live leave (pending or approved, not official duty) of some people: what unbroken spans are made of. */
export async function findLiveLeaveOf(exec: TDb, personIds: readonly number[]) {
  if (personIds.length === 0) return [];
  return exec
    .select(RANGE_COLUMNS)
    .from(absences)
    .where(
      and(
        inArray(absences.personId, [...personIds]),
        eq(absences.kind, 'leave'),
        inArray(absences.state, ['pending_township', 'pending_county', 'approved']),
      ),
    );
}

/** Approved leave and official duty of some people touching local dates `from`–`to`: what excuses a spot check. */
export async function findApprovedAbsencesOf(exec: TDb, personIds: number[], from: string, to: string) {
  if (personIds.length === 0) return [];
  return exec
    .select(RANGE_COLUMNS)
    .from(absences)
    .where(
      and(
        inArray(absences.personId, personIds),
        eq(absences.state, 'approved'),
        sql`${absences.startDate} <= ${to}`,
        sql`${absences.endDate} >= ${from}`,
      ),
    );
}

export async function insertAbsence(exec: TDb, values: typeof absences.$inferInsert): Promise<TAbsenceRow> {
  const [row] = await exec.insert(absences).values(values).returning();
  return row!;
}

export async function updateAbsence(exec: TDb, id: number, values: Partial<typeof absences.$inferInsert>) {
  const [row] = await exec.update(absences).set(values).where(eq(absences.id, id)).returning();
  return row!;
}

export async function findAbsenceInScope(
  exec: TDb,
  scope: TScope,
  id: number,
): Promise<TAbsenceRow | undefined> {
  const [row] = await exec
    .select()
    .from(absences)
    .where(and(eq(absences.id, id), villageInScope(absences.villageCode, scope)))
    .limit(1);
  return row;
}

export type TAbsenceWithNames = { absence: TAbsenceRow; personName: string; villageName: string };

/** Absences in scope by state (the approval queues) or of one person, newest first. */
export async function findAbsences(
  exec: TDb,
  scope: TScope,
  f: { id?: number; states?: string[]; personId?: number; township?: string; year?: string },
  limit = 200,
): Promise<TAbsenceWithNames[]> {
  const conds: SQL[] = [];
  const inScope = villageInScope(absences.villageCode, scope);
  if (inScope) conds.push(inScope);
  if (f.id) conds.push(eq(absences.id, f.id));
  if (f.states?.length) conds.push(inArray(absences.state, f.states));
  if (f.personId) conds.push(eq(absences.personId, f.personId));
  if (f.township) conds.push(sql`${absences.villageCode} like ${`${f.township}%`}`);
  if (f.year)
    conds.push(
      sql`${absences.startDate} <= ${`${f.year}-12-31`} and ${absences.endDate} >= ${`${f.year}-01-01`}`,
    );
  return exec
    .select({ absence: absences, personName: persons.name, villageName: divisions.name })
    .from(absences)
    .innerJoin(persons, eq(persons.id, absences.personId))
    .innerJoin(divisions, eq(divisions.code, absences.villageCode))
    .where(and(...conds))
    .orderBy(desc(absences.createdAt), desc(absences.id))
    .limit(limit);
}

/** The administrators of the unit that sent a person on their active posting. */
export async function findUnitAdminsOf(exec: TDb, personId: number): Promise<number[]> {
  const rows = await exec
    .select({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .innerJoin(postings, and(eq(postings.unitId, roleAssignments.unitId), isNull(postings.actualEndDate)))
    .where(and(eq(roleAssignments.role, 'unit_admin'), eq(postings.personId, personId)));
  return rows.map((r) => r.userId);
}
