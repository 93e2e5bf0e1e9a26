import {
  maskPhone,
  type TCreateUserRequest,
  type TPasswordPolicy,
  type TRoleGrant,
  type TScope,
  type TUser,
  type TUserListQuery,
  ZCreateUserRequest,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { clearFailures, findLockedLogins } from '../auth/login-locks.repository.ts';
import { generateOneTimePassword, hashPassword } from '../auth/password.ts';
import { deleteUserSessions } from '../auth/session.repository.ts';
import { findDivisionLevels } from '../divisions/divisions.repository.ts';
import { findUnit } from '../units/units.repository.ts';
import {
  findGrants,
  findUserByPhone,
  findUserByUsername,
  findUserInScope,
  findUsers,
  insertUser,
  replaceGrants,
  type TUserRow,
  updateUser,
} from './users.repository.ts';
import { checkGrants } from './users.rules.ts';

/** What the granting administrator may do: where (scope) and whether admin roles too. */
export type TGrantor = { ctx: TActorContext; scope: TScope; mayGrantPrivileged: boolean };

export type TUsersDeps = { db: TDb; now: () => Date; passwordPolicy: TPasswordPolicy };

export function createUsersService(deps: TUsersDeps) {
  const { db, now } = deps;

  async function toUsers(rows: TUserRow[]): Promise<TUser[]> {
    const grants = await findGrants(
      db,
      rows.map((r) => r.id),
    );
    const locked = await findLockedLogins(
      db,
      rows.map((r) => r.username.toLowerCase()),
      now(),
    );
    return rows.map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.displayName,
      phone: r.phone ? maskPhone(r.phone) : null,
      roles: grants
        .filter((g) => g.userId === r.id)
        .map(({ role, divisionCode, divisionName, unitId, unitName }) => ({
          role,
          divisionCode,
          divisionName,
          unitId,
          unitName,
        })),
      disabled: r.disabledAt !== null,
      locked: locked.has(r.username.toLowerCase()),
      mustChangePassword: r.mustChangePassword,
      lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
    }));
  }

  async function toUser(row: TUserRow): Promise<TUser> {
    return (await toUsers([row]))[0]!;
  }

  async function assertGrants(grants: Parameters<typeof replaceGrants>[2], grantor: TGrantor) {
    const codes = grants.map((g) => g.divisionCode).filter((c): c is string => !!c);
    const levels = await findDivisionLevels(db, codes);
    const unitIds = [...new Set(grants.flatMap((g) => (g.unitId ? [g.unitId] : [])))];
    const units = new Set(
      (await Promise.all(unitIds.map((id) => findUnit(db, id)))).flatMap((u) => (u ? [u.id] : [])),
    );
    const problems = checkGrants(grants, {
      levels,
      scope: grantor.scope,
      mayGrantPrivileged: grantor.mayGrantPrivileged,
      units,
    });
    if (problems.length) throw new AppError('validation', 'validation_failed', {}, problems);
  }

  async function getInScope(scope: TScope, id: number): Promise<TUserRow> {
    const row = await findUserInScope(db, scope, id);
    if (!row) throw notFound();
    return row;
  }

  async function assertPhoneFree(phone: string | null, exceptId?: number) {
    if (!phone) return;
    const other = await findUserByPhone(db, phone);
    if (other && other.id !== exceptId)
      throw new AppError('conflict', 'validation_failed', {}, [
        { field: 'phone', key: 'phone_taken', params: { value: phone } },
      ]);
  }

  return {
    async find(scope: TScope, q: TUserListQuery) {
      const { items, total } = await findUsers(db, scope, q);
      return { items: await toUsers(items), total };
    },

    async get(scope: TScope, id: number) {
      return toUser(await getInScope(scope, id));
    },

    /** Creates an account that must change its one-time password at first sign-in. */
    async create(input: TCreateUserRequest, grantor: TGrantor) {
      const req = ZCreateUserRequest.parse(input);
      if (await findUserByUsername(db, req.username))
        throw new AppError('conflict', 'validation_failed', {}, [
          { field: 'username', key: 'username_taken', params: { value: req.username } },
        ]);
      await assertPhoneFree(req.phone);
      await assertGrants(req.roles, grantor);
      const oneTimePassword = generateOneTimePassword();
      const passwordHash = await hashPassword(oneTimePassword);
      const row = await db.transaction(async (tx) => {
        const user = await insertUser(tx, {
          username: req.username,
          displayName: req.displayName,
          phone: req.phone,
          passwordHash,
          mustChangePassword: true,
        });
        await replaceGrants(tx, user.id, req.roles);
        await recordAudit(tx, grantor.ctx, {
          action: 'user.create',
          objectType: 'user',
          objectId: user.id,
          details: { username: user.username, roles: req.roles },
        });
        return user;
      });
      return { user: await toUser(row), oneTimePassword };
    },

    async update(
      scope: TScope,
      id: number,
      patch: { displayName?: string; phone?: string | null },
      ctx: TActorContext,
    ) {
      const row = await getInScope(scope, id);
      if (Object.keys(patch).length === 0) return toUser(row); // nothing to change (an empty SET is an SQL error)
      if (patch.phone !== undefined) await assertPhoneFree(patch.phone, id);
      const updated = await db.transaction(async (tx) => {
        const u = await updateUser(tx, row.id, patch);
        await recordAudit(tx, ctx, {
          action: 'user.update',
          objectType: 'user',
          objectId: id,
          details: { fields: Object.keys(patch) },
        });
        return u;
      });
      return toUser(updated);
    },

    async setRoles(scope: TScope, id: number, roles: TRoleGrant[], grantor: TGrantor) {
      const row = await getInScope(scope, id);
      const current = await findGrants(db, [id]);
      await assertGrants(roles, grantor);
      // the grantor must also be entitled to take away each role the account holds now
      await assertGrants(
        current.map((g) => ({ role: g.role, divisionCode: g.divisionCode, unitId: g.unitId })),
        grantor,
      );
      await db.transaction(async (tx) => {
        await replaceGrants(tx, id, roles);
        await deleteUserSessions(tx, id);
        await recordAudit(tx, grantor.ctx, {
          action: 'user.set_roles',
          objectType: 'user',
          objectId: id,
          details: {
            before: current.map((g) => ({ role: g.role, divisionCode: g.divisionCode })),
            after: roles,
          },
        });
      });
      return toUser(row);
    },

    /** Disables an account and ends its sessions at once. */
    async setDisabled(scope: TScope, id: number, disabled: boolean, ctx: TActorContext) {
      const row = await getInScope(scope, id);
      if (disabled && id === ctx.userId) throw new AppError('validation', 'cannot_disable_self');
      const updated = await db.transaction(async (tx) => {
        const u = await updateUser(tx, row.id, { disabledAt: disabled ? now() : null });
        if (disabled) await deleteUserSessions(tx, id);
        await recordAudit(tx, ctx, {
          action: disabled ? 'user.disable' : 'user.enable',
          objectType: 'user',
          objectId: id,
        });
        return u;
      });
      return toUser(updated);
    },

    /** Issues a new one-time password, unlocks the account and ends its sessions. */
    async resetPassword(scope: TScope, id: number, ctx: TActorContext) {
      const row = await getInScope(scope, id);
      const oneTimePassword = generateOneTimePassword();
      const passwordHash = await hashPassword(oneTimePassword);
      const updated = await db.transaction(async (tx) => {
        const u = await updateUser(tx, row.id, { passwordHash, mustChangePassword: true });
        await deleteUserSessions(tx, id);
        await clearFailures(tx, row.username.toLowerCase());
        await recordAudit(tx, ctx, { action: 'user.reset_password', objectType: 'user', objectId: id });
        return u;
      });
      return { user: await toUser(updated), oneTimePassword };
    },
  };
}
export type TUsersService = ReturnType<typeof createUsersService>;
