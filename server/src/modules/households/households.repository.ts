import type { TScope } from '@zhucun/core';
import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { divisions, households } from '../../db/schema.ts';
import { villageInScope } from '../duty/duty.repository.ts';

export type THouseholdRow = typeof households.$inferSelect;
export type THouseholdWithVillage = { household: THouseholdRow; villageName: string };

export async function insertHouseholds(
  exec: TDb,
  values: (typeof households.$inferInsert)[],
): Promise<THouseholdRow[]> {
  if (values.length === 0) return [];
  return exec.insert(households).values(values).returning();
}

/** A village-level division by code (households, visits and requests belong to villages). */
export async function findVillage(exec: TDb, code: string) {
  const [row] = await exec
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(and(eq(divisions.code, code), eq(divisions.level, 'village')))
    .limit(1);
  return row;
}

export type THouseholdFilter = { village?: string; q?: string; ids?: number[] };

function conditions(scope: TScope, f: THouseholdFilter): SQL | undefined {
  const conds: SQL[] = [];
  const inScope = villageInScope(households.villageCode, scope);
  if (inScope) conds.push(inScope);
  if (f.village) conds.push(eq(households.villageCode, f.village));
  if (f.q) conds.push(sql`${households.headName} like ${`%${f.q.replace(/[%_\\]/g, '\\$&')}%`}`);
  if (f.ids) conds.push(f.ids.length ? inArray(households.id, f.ids) : sql`false`);
  return and(...conds);
}

/** Households in scope, by village then the head's name. */
export async function findHouseholds(
  exec: TDb,
  scope: TScope,
  f: THouseholdFilter,
  page = { limit: 1000, offset: 0 },
): Promise<{ items: THouseholdWithVillage[]; total: number }> {
  const where = conditions(scope, f);
  const items = await exec
    .select({ household: households, villageName: divisions.name })
    .from(households)
    .innerJoin(divisions, eq(divisions.code, households.villageCode))
    .where(where)
    .orderBy(asc(households.villageCode), asc(households.headName), asc(households.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await exec.select({ n: count() }).from(households).where(where);
  return { items, total: Number(total?.n ?? 0) };
}
