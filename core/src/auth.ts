import { z } from 'zod';
import { ZPermission, ZRole } from './roles.ts';

export const ZLoginRequest = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;

export const ZRoleAssignment = z.object({
  role: ZRole,
  divisionCode: z.string().nullable(),
  divisionName: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
});
export type TRoleAssignment = z.infer<typeof ZRoleAssignment>;

/** The signed-in account as the client sees it. */
export const ZMe = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(ZRoleAssignment),
  permissions: z.array(ZPermission),
  mustChangePassword: z.boolean(),
  idleTimeoutMinutes: z.number().int(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZSession = z.object({ user: ZMe, csrfToken: z.string() });
export type TSession = z.infer<typeof ZSession>;

export const ZOk = z.object({ ok: z.literal(true) });

export const CSRF_HEADER = 'x-csrf-token';

/** A sign-in lock in force, as the security administrator sees it. */
export const ZLoginLock = z.object({
  /** The login name as counted: the account's username in lower case, or the name typed. */
  login: z.string(),
  /** The address it is locked from; null when the account is locked from everywhere. */
  address: z.string().nullable(),
  failures: z.number().int(),
  lockedUntil: z.string(),
  /** The account the name belongs to, if any. */
  userId: z.number().int().nullable(),
  displayName: z.string().nullable(),
});
export type TLoginLock = z.infer<typeof ZLoginLock>;
export const ZLoginLockList = z.object({ items: z.array(ZLoginLock) });
export const ZLoginLockLift = z.object({
  login: z.string().trim().min(1).max(64),
  address: z.string().trim().min(1).max(64).nullable(),
});
