import { sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';

/**
 * Makes a transaction read one snapshot (REPEATABLE READ, read only), so a ledger read in pages
 * holds every person once, as at one moment. Before the transaction's first query.
 */
export async function readOneSnapshot(tx: TDb): Promise<void> {
  await tx.execute(sql`set transaction isolation level repeatable read, read only`);
}
