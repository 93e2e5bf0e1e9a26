import type { TStoredRules } from '@zhucun/core';
import { asc } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { countyRules } from '../../db/schema.ts';

/** Every year's stored rules, earliest first (a county keeps a handful of rows). */
export async function findStoredRules(exec: TDb): Promise<TStoredRules[]> {
  const rows = await exec.select().from(countyRules).orderBy(asc(countyRules.year));
  return rows.map((r) => ({
    year: r.year,
    rules: r.rules && typeof r.rules === 'object' ? (r.rules as Record<string, unknown>) : {},
  }));
}

/** Stores a year's rules, replacing what was stored for it. */
export async function upsertStoredRules(exec: TDb, year: number, rules: unknown): Promise<void> {
  await exec
    .insert(countyRules)
    .values({ year, rules })
    .onConflictDoUpdate({ target: countyRules.year, set: { rules, updatedAt: new Date() } });
}
