import { inScope, type TScope } from '@zhucun/core';
import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { homes } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';

export type THomeRow = typeof homes.$inferSelect;

/** A home whose village lies in the caller's scope; anything else is not found (404), as if it did not exist. */
export async function findHomeInScope(exec: TDb, scope: TScope, id: number): Promise<THomeRow> {
  const [row] = await exec.select().from(homes).where(eq(homes.id, id)).limit(1);
  if (!row || !inScope(scope, row.villageCode)) throw notFound();
  return row;
}
