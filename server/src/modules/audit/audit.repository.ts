import type { TAuditQuery } from '@zhucun/core';
import { and, asc, count, desc, eq, gt, gte, ilike, lt, type SQL, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';
import { auditHash, GENESIS_HASH, type TAuditRecord } from './audit.rules.ts';

const AUDIT_CHAIN_LOCK = 704_622; // advisory lock key: one writer extends the chain at a time

/**
 * Appends one row, chained to the last. Call it inside the transaction of the change it records. It runs
 * in a transaction of its own (a savepoint inside the caller's), so the chain's lock holds until the row
 * is written even for a caller without one (a refusal, an export): two such writers at once would
 * otherwise both chain to the same last row and break the chain.
 */
export async function appendAuditRow(exec: TDb, record: TAuditRecord): Promise<void> {
  await exec.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
    const [last] = await tx
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.id))
      .limit(1);
    const prevHash = last?.hash ?? GENESIS_HASH;
    await tx.insert(auditLog).values({ ...record, prevHash, hash: auditHash(prevHash, record) });
  });
}

function filters(q: TAuditQuery): SQL | undefined {
  const conds: SQL[] = [];
  if (q.actor) conds.push(ilike(auditLog.actorName, `%${q.actor}%`));
  if (q.action) conds.push(ilike(auditLog.action, `%${q.action}%`));
  if (q.outcome) conds.push(eq(auditLog.outcome, q.outcome));
  if (q.from) conds.push(gte(auditLog.at, new Date(`${q.from}T00:00:00+08:00`)));
  if (q.to) conds.push(lt(auditLog.at, new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000)));
  return conds.length ? and(...conds) : undefined;
}

export async function findAuditRows(exec: TDb, q: TAuditQuery) {
  const where = filters(q);
  const items = await exec
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await exec.select({ n: count() }).from(auditLog).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

/** Rows in chain order, a batch at a time, for verification. */
export async function findAuditBatch(exec: TDb, afterId: number, limit: number) {
  return exec.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(limit);
}
