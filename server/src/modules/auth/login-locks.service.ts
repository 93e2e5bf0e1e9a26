import type { TLoginLock } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import {
  ANY_ADDRESS,
  addFailure,
  clearFailures,
  findLock,
  findLocks,
  lockLogin,
  recentFailures,
} from './login-locks.repository.ts';

export type TLoginLockRules = {
  /** Failures from one address that lock the name from that address. */
  maxFailures: number;
  lockMinutes: number;
  /** Failures, from at least `accountMinAddresses` addresses within a lock's length, that lock the account itself. */
  accountMaxFailures: number;
  accountMinAddresses: number;
};

type TDeps = {
  db: TDb;
  now: () => Date;
  rules: TLoginLockRules;
  /** Tells an account's owner in the bell. */
  notify: (userId: number, kind: 'login_locked', payload: Record<string, unknown>) => Promise<void>;
};

/**
 * Locks after failed sign-ins (MLPS 2.0), made hard to turn against someone: five failures lock the
 * name from that address only; the account itself is locked only by many failures from several
 * addresses. The owner hears of each lock in the bell; the security administrator sees and lifts them.
 */
export function createLoginLocks(deps: TDeps) {
  const { db, rules } = deps;
  const addressOf = (ctx: TActorContext) => (ctx.ip ?? 'unknown').slice(0, 64);

  return {
    /** Until when the name is locked for this caller's address (or everywhere), if it is. */
    lockedUntil(login: string, ctx: TActorContext): Promise<Date | null> {
      return findLock(db, login, addressOf(ctx), deps.now());
    },

    /** Counts a failure inside the sign-in's transaction; locks and audits as the counts say. */
    async failed(tx: TDb, login: string, ctx: TActorContext) {
      const at = deps.now();
      const address = addressOf(ctx);
      const until = new Date(at.getTime() + rules.lockMinutes * 60_000);
      const failures = await addFailure(tx, login, address, at);
      const locks: { scope: 'address' | 'account'; failures: number; addresses?: number }[] = [];
      if (failures === rules.maxFailures) {
        await lockLogin(tx, login, address, until, at);
        locks.push({ scope: 'address', failures });
      }
      const since = new Date(at.getTime() - rules.lockMinutes * 60_000);
      const recent = await recentFailures(tx, login, since);
      if (
        recent.failures >= rules.accountMaxFailures &&
        recent.addresses >= rules.accountMinAddresses &&
        !(await findLock(tx, login, ANY_ADDRESS, at))
      ) {
        await lockLogin(tx, login, ANY_ADDRESS, until, at);
        locks.push({ scope: 'account', ...recent });
      }
      for (const lock of locks)
        await recordAudit(tx, ctx, {
          action: 'auth.lockout',
          outcome: 'success',
          details: { ...lock, address },
        });
      return { failures, notices: locks.map((l) => ({ ...l, address, until })) };
    },

    /** After the transaction: the owner of a real account hears of each new lock. */
    async tell(userId: number | null, notices: { scope: string; address: string; until: Date }[]) {
      if (userId === null) return;
      for (const n of notices)
        await deps.notify(userId, 'login_locked', {
          scope: n.scope,
          address: n.scope === 'account' ? null : n.address,
          until: n.until.toISOString(),
        });
    },

    /** A successful sign-in forgets the failures from its address. */
    succeeded(tx: TDb, login: string, ctx: TActorContext) {
      return clearFailures(tx, login, addressOf(ctx));
    },

    /** Every lock in force, for the security administrator. */
    async list(): Promise<TLoginLock[]> {
      const rows = await findLocks(db, deps.now());
      return rows.map((r) => ({
        login: r.login,
        address: r.address === ANY_ADDRESS ? null : r.address,
        failures: r.failures,
        lockedUntil: r.lockedUntil!.toISOString(),
        userId: r.userId,
        displayName: r.displayName,
      }));
    },

    /** Lifts one lock (an address's, or the account's with `address` null), audited. */
    async lift(login: string, address: string | null, ctx: TActorContext): Promise<void> {
      await db.transaction(async (tx) => {
        const gone = await clearFailures(tx, login, address ?? ANY_ADDRESS);
        if (gone === 0) throw notFound();
        await recordAudit(tx, ctx, {
          action: 'auth.unlock',
          objectType: 'login',
          objectId: login,
          details: { address: address ?? ANY_ADDRESS },
        });
      });
    },
  };
}
export type TLoginLocks = ReturnType<typeof createLoginLocks>;
