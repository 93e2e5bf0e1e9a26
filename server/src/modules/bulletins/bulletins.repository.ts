import type { TBulletinContent, TBulletinFigures, TScope } from '@zhucun/core';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { bulletins } from '../../db/schema.ts';

/** A bulletin as stored. */
export type TBulletinRow = typeof bulletins.$inferSelect;

/** The counties a scope reaches for bulletins: the county-level codes it holds (all counties: null). */
const countyCondition = (scope: TScope) => {
  if (scope.all) return sql`true`;
  const counties = scope.codes.filter((c) => c.length === 6);
  return counties.length ? inArray(bulletins.countyCode, counties) : sql`false`;
};

/** The bulletins of the scope's counties, newest running number first. */
export async function findBulletins(db: TDb, scope: TScope): Promise<TBulletinRow[]> {
  return db
    .select()
    .from(bulletins)
    .where(countyCondition(scope))
    .orderBy(desc(bulletins.runningNo))
    .limit(500);
}

/** One bulletin when it lies in the scope. */
export async function findBulletin(db: TDb, scope: TScope, id: number): Promise<TBulletinRow | undefined> {
  const [row] = await db
    .select()
    .from(bulletins)
    .where(and(eq(bulletins.id, id), countyCondition(scope)));
  return row;
}

/** The county's numbers so far (for the next issue's proposal). */
export async function findNumbers(db: TDb, countyCode: string) {
  return db
    .select({ year: bulletins.year, issueNo: bulletins.issueNo, runningNo: bulletins.runningNo })
    .from(bulletins)
    .where(eq(bulletins.countyCode, countyCode));
}

/** Another bulletin of the county holding the issue number in the year or the running number. */
export async function findNumberHolders(
  db: TDb,
  countyCode: string,
  n: { year: number; issueNo: number; runningNo: number },
  exceptId: number | null,
) {
  return db
    .select({
      id: bulletins.id,
      year: bulletins.year,
      issueNo: bulletins.issueNo,
      runningNo: bulletins.runningNo,
    })
    .from(bulletins)
    .where(
      and(
        eq(bulletins.countyCode, countyCode),
        sql`((${bulletins.year} = ${n.year} and ${bulletins.issueNo} = ${n.issueNo}) or ${bulletins.runningNo} = ${n.runningNo})`,
        exceptId === null ? sql`true` : sql`${bulletins.id} <> ${exceptId}`,
      ),
    );
}

const columnsOf = (c: TBulletinContent) => ({ ...c, year: Number(c.issuedOn.slice(0, 4)) });

/** Inserts a draft; returns its id. */
export async function insertBulletin(
  exec: TDb,
  values: TBulletinContent & { countyCode: string; createdBy: number },
): Promise<number> {
  const [row] = await exec
    .insert(bulletins)
    .values({ ...columnsOf(values), countyCode: values.countyCode, createdBy: values.createdBy })
    .returning({ id: bulletins.id });
  return (row as { id: number }).id;
}

/** Replaces a draft's content (only while a draft: an issued bulletin never changes). */
export async function updateDraft(
  exec: TDb,
  id: number,
  content: TBulletinContent,
  at: Date,
): Promise<boolean> {
  const rows = await exec
    .update(bulletins)
    .set({ ...columnsOf(content), updatedAt: at })
    .where(and(eq(bulletins.id, id), eq(bulletins.state, 'draft')))
    .returning({ id: bulletins.id });
  return rows.length === 1;
}

/** Issues a draft, storing its figures for good. */
export async function issueDraft(
  exec: TDb,
  id: number,
  figures: TBulletinFigures,
  by: number,
  at: Date,
): Promise<boolean> {
  const rows = await exec
    .update(bulletins)
    .set({ state: 'issued', figures, issuedBy: by, issuedAt: at, updatedAt: at })
    .where(and(eq(bulletins.id, id), eq(bulletins.state, 'draft')))
    .returning({ id: bulletins.id });
  return rows.length === 1;
}
