import { and, asc, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { conductCatalogues, conductItems } from '../../db/schema.ts';

export type TConductItemRow = typeof conductItems.$inferSelect & { used: boolean };

// qualified by hand: inside sql`` a column renders unqualified, and `id` would be the subquery's own
const used = sql<boolean>`exists (select 1 from violations v where v.item_id = conduct_items.id)`;

/** A year's catalogue row (its answer period), or undefined before the county starts that year's list. */
export async function findCatalogue(exec: TDb, year: number) {
  const [row] = await exec.select().from(conductCatalogues).where(eq(conductCatalogues.year, year)).limit(1);
  return row;
}

/** The latest year before `year` that has a catalogue (the list a new year starts from). */
export async function findCatalogueBefore(exec: TDb, year: number) {
  const [row] = await exec
    .select()
    .from(conductCatalogues)
    .where(lt(conductCatalogues.year, year))
    .orderBy(desc(conductCatalogues.year))
    .limit(1);
  return row;
}

/** Starts a year's catalogue (or keeps the one there), with its answer period. */
export async function upsertCatalogue(exec: TDb, year: number, answerDays: number | undefined, at: Date) {
  await exec
    .insert(conductCatalogues)
    .values({ year, ...(answerDays === undefined ? {} : { answerDays }), updatedAt: at })
    .onConflictDoUpdate({
      target: conductCatalogues.year,
      set: answerDays === undefined ? { updatedAt: at } : { answerDays, updatedAt: at },
    });
}

/** A year's items in their order, with whether a violation record cites each. */
export async function findItems(exec: TDb, year: number, activeOnly = false): Promise<TConductItemRow[]> {
  return exec
    .select({
      id: conductItems.id,
      year: conductItems.year,
      position: conductItems.position,
      text: conductItems.text,
      deduction: conductItems.deduction,
      veto: conductItems.veto,
      retiredAt: conductItems.retiredAt,
      createdAt: conductItems.createdAt,
      used,
    })
    .from(conductItems)
    .where(and(eq(conductItems.year, year), activeOnly ? isNull(conductItems.retiredAt) : undefined))
    .orderBy(asc(conductItems.position), asc(conductItems.id));
}

/** One item, with whether a record cites it. */
export async function findItem(exec: TDb, id: number): Promise<TConductItemRow | undefined> {
  const [row] = await exec
    .select({
      id: conductItems.id,
      year: conductItems.year,
      position: conductItems.position,
      text: conductItems.text,
      deduction: conductItems.deduction,
      veto: conductItems.veto,
      retiredAt: conductItems.retiredAt,
      createdAt: conductItems.createdAt,
      used,
    })
    .from(conductItems)
    .where(eq(conductItems.id, id))
    .limit(1);
  return row;
}

export async function insertItems(exec: TDb, values: (typeof conductItems.$inferInsert)[]) {
  if (values.length === 0) return [];
  return exec.insert(conductItems).values(values).returning({ id: conductItems.id });
}

export async function updateItem(
  exec: TDb,
  id: number,
  set: Partial<Pick<typeof conductItems.$inferInsert, 'text' | 'deduction' | 'veto' | 'retiredAt'>>,
) {
  await exec.update(conductItems).set(set).where(eq(conductItems.id, id));
}

/** The next position at the end of a year's list. */
export async function nextPosition(exec: TDb, year: number): Promise<number> {
  const [row] = await exec
    .select({ max: sql<number | null>`max(${conductItems.position})` })
    .from(conductItems)
    .where(eq(conductItems.year, year));
  return (row?.max ?? 0) + 1;
}
