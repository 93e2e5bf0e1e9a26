import { createHash, randomBytes } from 'node:crypto';
import {
  checkPassword,
  formatLocalMinute,
  isAdministrator,
  permissionsOf,
  type TAccessOptions,
  type TMe,
  type TPasswordPolicy,
  type TPermission,
  type TRoleAssignment,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField } from '../../errors.ts';
import type { TMessageKey } from '../../i18n/messages.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import {
  findGrants,
  findUserById,
  findUserByLogin,
  type TUserRow,
  updateUser,
} from '../users/users.repository.ts';
import type { TLoginLocks } from './login-locks.service.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findSessionWithUser,
  insertSession,
  touchSession,
} from './session.repository.ts';

/** The signed-in caller, as every route and service sees it. */
export type TActor = {
  userId: number;
  username: string;
  displayName: string;
  grants: TRoleAssignment[];
  permissions: TPermission[];
  /** What the county's rules switch on for this caller (e.g. unit administrators amending). */
  access: TAccessOptions;
  mustChangePassword: boolean;
  sessionId: string;
  csrfToken: string;
  idleMinutes: number;
};

export type TAuthDeps = {
  db: TDb;
  now: () => Date;
  session: { idleMinutes: number; adminIdleMinutes: number; absoluteHours: number };
  /** Failed sign-ins: counted per address, locking the name from it, or the account from everywhere. */
  locks: TLoginLocks;
  passwordPolicy: TPasswordPolicy;
  /** The county's current access switches (cached by the rules service). */
  access: () => Promise<TAccessOptions>;
  /** Demo mode: only then may the demo accounts (published password) sign in or keep a session. */
  demo: boolean;
};

const TOUCH_EVERY_MS = 60_000;
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

export function toMe(actor: TActor): TMe {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    roles: actor.grants,
    permissions: actor.permissions,
    mustChangePassword: actor.mustChangePassword,
    idleTimeoutMinutes: actor.idleMinutes,
  };
}

const PASSWORD_KEYS: Record<string, TMessageKey> = {
  too_short: 'password_too_short',
  too_few_classes: 'password_too_few_classes',
  equals_identity: 'password_equals_identity',
  common: 'password_common',
};

/** Throws a validation error naming `field` when the password breaks the policy (MLPS 2.0). */
export function assertPasswordAcceptable(
  field: string,
  password: string,
  identity: { username: string; phone: string | null },
  policy: TPasswordPolicy,
): void {
  const problems = checkPassword(password, identity, policy);
  if (problems.length === 0) return;
  throw new AppError(
    'validation',
    'validation_failed',
    {},
    problems.map((p) => ({ field, key: PASSWORD_KEYS[p.code]!, params: { ...p } })),
  );
}

export function createAuthService(deps: TAuthDeps) {
  const { db, now } = deps;

  function toActor(
    user: TUserRow,
    grants: TRoleAssignment[],
    session: { id: string; csrfToken: string; idleMinutes: number },
    access: TAccessOptions,
  ): TActor {
    return {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      grants: grants.map(({ role, divisionCode, divisionName, unitId, unitName }) => ({
        role,
        divisionCode,
        divisionName,
        unitId,
        unitName,
      })),
      permissions: permissionsOf(
        grants.map((g) => g.role),
        access,
      ),
      access,
      mustChangePassword: user.mustChangePassword,
      sessionId: session.id,
      csrfToken: session.csrfToken,
      idleMinutes: session.idleMinutes,
    };
  }

  return {
    /**
     * Signs in by username or phone. Unknown user, wrong password and disabled account answer
     * alike; failures lock the login name for a while, whether the account exists or not: from the
     * address they came from, or (many, from several addresses) from everywhere.
     */
    async login(login: string, password: string, ctx: TActorContext & { userAgent: string | null }) {
      const at = now();
      const user = await findUserByLogin(db, login.trim());
      const key = (user?.username ?? login.trim()).toLowerCase();
      const attempt = {
        ...ctx,
        userId: user?.id ?? null,
        username: user?.username ?? login.trim().slice(0, 64),
      };
      const lockedUntil = await deps.locks.lockedUntil(key, ctx);
      if (lockedUntil) {
        await recordAudit(db, attempt, {
          action: 'auth.login',
          outcome: 'failure',
          details: { reason: 'locked' },
        });
        throw new AppError('account_locked', 'account_locked', { until: formatLocalMinute(lockedUntil) });
      }
      const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
      // outside demo mode a demo account is as good as none, whatever its password
      const usable = user && !user.disabledAt && (deps.demo || !user.isDemo);
      if (!user || !passwordOk || !usable) {
        const reason = !user
          ? 'unknown_user'
          : user.disabledAt
            ? 'disabled'
            : !usable
              ? 'demo_account'
              : 'wrong_password';
        const { notices } = await db.transaction(async (tx) => {
          const counted = await deps.locks.failed(tx, key, attempt);
          await recordAudit(tx, attempt, {
            action: 'auth.login',
            outcome: 'failure',
            details: { reason, failures: counted.failures },
          });
          return counted;
        });
        await deps.locks.tell(user?.id ?? null, notices);
        throw new AppError('invalid_credentials', 'invalid_credentials');
      }
      const grants = await findGrants(db, [user.id]);
      const idleMinutes = isAdministrator(grants.map((g) => g.role))
        ? deps.session.adminIdleMinutes
        : deps.session.idleMinutes;
      const token = randomBytes(32).toString('base64url');
      const session = {
        id: sessionIdOf(token),
        csrfToken: randomBytes(24).toString('base64url'),
        idleMinutes,
      };
      await db.transaction(async (tx) => {
        await deps.locks.succeeded(tx, key, ctx);
        await insertSession(tx, {
          ...session,
          userId: user.id,
          createdAt: at,
          lastSeenAt: at,
          expiresAt: new Date(at.getTime() + deps.session.absoluteHours * 3_600_000),
          ip: ctx.ip,
          userAgent: ctx.userAgent?.slice(0, 256) ?? null,
        });
        await updateUser(tx, user.id, { lastLoginAt: at });
        await recordAudit(tx, { ...attempt, roles: grants.map((g) => g.role) }, { action: 'auth.login' });
      });
      return { token, actor: toActor(user, grants, session, await deps.access()) };
    },

    /** The caller of a session token; 'expired' after the idle or absolute limit (the session is then ended). */
    async authenticate(token: string): Promise<TActor | 'expired' | null> {
      const id = sessionIdOf(token);
      const row = await findSessionWithUser(db, id);
      if (!row) return null;
      const at = now();
      const idleFor = at.getTime() - row.session.lastSeenAt.getTime();
      if (
        row.user.disabledAt ||
        (row.user.isDemo && !deps.demo) ||
        idleFor > row.session.idleMinutes * 60_000 ||
        at > row.session.expiresAt
      ) {
        await deleteSession(db, id);
        return row.user.disabledAt ? null : 'expired';
      }
      if (idleFor > TOUCH_EVERY_MS) await touchSession(db, id, at);
      return toActor(row.user, row.grants, row.session, await deps.access());
    },

    async logout(actor: TActor, ctx: TActorContext): Promise<void> {
      await db.transaction(async (tx) => {
        await deleteSession(tx, actor.sessionId);
        await recordAudit(tx, ctx, { action: 'auth.logout' });
      });
    },

    /** Deletes ended sessions (run on a schedule; an ended session is refused even before this). */
    async purgeExpiredSessions(): Promise<number> {
      return deleteExpiredSessions(db, now());
    },

    /** Changes the caller's own password; ends their other sessions. */
    async changePassword(actor: TActor, current: string, next: string, ctx: TActorContext): Promise<void> {
      const user = await findUserById(db, actor.userId);
      if (!user || !(await verifyPassword(user.passwordHash, current)))
        throw invalidField('currentPassword', 'current_password_wrong');
      if (current === next) throw invalidField('newPassword', 'password_same_as_old');
      assertPasswordAcceptable('newPassword', next, user, deps.passwordPolicy);
      const passwordHash = await hashPassword(next);
      await db.transaction(async (tx) => {
        await updateUser(tx, user.id, { passwordHash, mustChangePassword: false, passwordChangedAt: now() });
        await deleteUserSessions(tx, user.id, actor.sessionId);
        await recordAudit(tx, ctx, { action: 'auth.password_change', objectType: 'user', objectId: user.id });
      });
    },
  };
}
export type TAuthService = ReturnType<typeof createAuthService>;
