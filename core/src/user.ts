import { z } from 'zod';
import { ZRoleAssignment } from './auth.ts';
import { ZPhone } from './phone.ts';
import { ZRole } from './roles.ts';

export const ZUsername = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[A-Za-z0-9_.-]+$/)
  // never all digits: a phone signs in by itself, and a username must never equal someone's phone
  .refine((v) => !/^[0-9]+$/.test(v), 'username_all_digits');

export const ZRoleGrant = z.object({
  role: ZRole,
  divisionCode: z.string().max(12).nullable().default(null),
  /** Only for `unit_admin`: the dispatching unit whose cadres they see. */
  unitId: z.number().int().positive().nullable().default(null),
});
export type TRoleGrant = z.infer<typeof ZRoleGrant>;

export const ZUser = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  roles: z.array(ZRoleAssignment),
  disabled: z.boolean(),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZUserList = z.object({ items: z.array(ZUser), total: z.number().int() });

export const ZUserListQuery = z.object({
  q: z.string().trim().max(64).optional(),
  role: ZRole.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TUserListQuery = z.infer<typeof ZUserListQuery>;

export const ZCreateUserRequest = z.object({
  username: ZUsername,
  displayName: z.string().trim().min(1).max(50),
  phone: ZPhone.nullable().default(null),
  roles: z.array(ZRoleGrant).min(1).max(5),
});
export type TCreateUserRequest = z.input<typeof ZCreateUserRequest>;

export const ZUpdateUserRequest = z.object({
  displayName: z.string().trim().min(1).max(50).optional(),
  phone: ZPhone.nullable().optional(),
});

export const ZSetRolesRequest = z.object({ roles: z.array(ZRoleGrant).min(1).max(5) });

/** Answer to create and reset: the one-time password, shown once to the administrator. */
export const ZUserWithPassword = z.object({ user: ZUser, oneTimePassword: z.string() });
