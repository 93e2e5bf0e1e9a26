import { and, asc, count, eq, ilike, type SQL } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { units } from '../../db/schema.ts';

export type TUnitRow = typeof units.$inferSelect;

export async function findUnit(exec: TDb, id: number): Promise<TUnitRow | undefined> {
  const [row] = await exec.select().from(units).where(eq(units.id, id)).limit(1);
  return row;
}

export async function findUnitByName(exec: TDb, name: string): Promise<TUnitRow | undefined> {
  const [row] = await exec.select().from(units).where(eq(units.name, name)).limit(1);
  return row;
}

export async function findUnits(
  exec: TDb,
  q: { q?: string; kind?: string; level?: string; page: number; pageSize: number },
) {
  const conds: (SQL | undefined)[] = [];
  if (q.q) conds.push(ilike(units.name, `%${q.q}%`));
  if (q.kind) conds.push(eq(units.kind, q.kind));
  if (q.level) conds.push(eq(units.level, q.level));
  const where = and(...conds);
  const items = await exec
    .select()
    .from(units)
    .where(where)
    .orderBy(asc(units.name))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await exec.select({ n: count() }).from(units).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

export async function insertUnit(exec: TDb, values: typeof units.$inferInsert): Promise<TUnitRow> {
  const [row] = await exec.insert(units).values(values).returning();
  return row!;
}

export async function updateUnit(exec: TDb, id: number, values: Partial<typeof units.$inferInsert>) {
  const [row] = await exec.update(units).set(values).where(eq(units.id, id)).returning();
  return row!;
}
