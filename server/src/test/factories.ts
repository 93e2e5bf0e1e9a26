import { randomBytes } from 'node:crypto';
import type { TCadreProfile, TCreateCadreRequest, TCreateUserRequest, TErrorBody, TUser } from '@zhucun/core';
import type { LightMyRequestResponse } from 'fastify';
import type { TClient, TTestApp } from './build-test-app.ts';
import { buildCadre } from './cadre-factory.ts';

export type TUserList = { items: TUser[]; total: number };
export type TCreatedUser = { user: TUser; oneTimePassword: string };

/**
 * The default lockout (5 failures, 30 minutes) with a per-IP sign-in rate limit high enough
 * for one file's many sign-ins from one address; the limit itself is tested with its own app.
 */
export const ROOMY_LOGIN = {
  maxFailures: 5,
  lockMinutes: 30,
  accountMaxFailures: 20,
  accountMinAddresses: 3,
  rateLimitPerMinute: 1000,
};

/** A password that satisfies the default policy and is not the demo one. */
export const NEW_PASSWORD = 'Qingshan#2026river';

/** A username no other test uses (3–32 characters of [A-Za-z0-9_.-]). */
export function uniqueUsername(prefix = 'u'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** The error body of a refused request. */
export function errorOf(res: LightMyRequestResponse): TErrorBody['error'] {
  return res.json<TErrorBody>().error;
}

/**
 * Creates an account through the API (as `admin`, a county administrator by default):
 * a township administrator of 金城镇 unless overridden. Fails the test if refused.
 */
export async function createUser(
  admin: TClient,
  overrides: Partial<TCreateUserRequest> = {},
): Promise<TCreatedUser> {
  const payload: TCreateUserRequest = {
    username: uniqueUsername(),
    displayName: '测试账号',
    roles: [{ role: 'township_admin', divisionCode: '140622100' }],
    ...overrides,
  };
  const res = await admin.request({ method: 'POST', url: '/api/users', payload });
  if (res.statusCode !== 200) throw new Error(`create user failed: ${res.statusCode} ${res.body}`);
  return res.json<TCreatedUser>();
}

/** Signs a freshly created account in with its one-time password and sets `NEW_PASSWORD`. */
export async function signInReady(
  t: TTestApp,
  created: { user: Pick<TUser, 'username'>; oneTimePassword: string },
): Promise<TClient> {
  const client = await t.signIn(created.user.username, created.oneTimePassword);
  const res = await client.request({
    method: 'POST',
    url: '/api/auth/password',
    payload: { currentPassword: created.oneTimePassword, newPassword: NEW_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`password change failed: ${res.statusCode} ${res.body}`);
  return client;
}

/** Attempts a sign-in without keeping the session. */
export function login(t: TTestApp, username: string, password: string, remoteAddress?: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
}

export type TRegisteredCadre = {
  cadre: TCadreProfile;
  account: { username: string; oneTimePassword: string } | null;
};

/**
 * Registers a person (and posting) in the registry through the API, as `client` (a county or
 * township administrator): a graduate official of 金城镇 东关村委会 unless overridden. Fails the test if refused.
 */
export async function registerCadre(
  client: TClient,
  request: TCreateCadreRequest = buildCadre(),
): Promise<TRegisteredCadre> {
  const res = await client.request({ method: 'POST', url: '/api/cadres', payload: request });
  if (res.statusCode !== 200) throw new Error(`register cadre failed: ${res.statusCode} ${res.body}`);
  return res.json<TRegisteredCadre>();
}

export type TSignedInCadre = {
  cadre: TCadreProfile;
  client: TClient;
  username: string;
  /** Signs the cadre in again (with `NEW_PASSWORD`). */
  signIn: () => Promise<TClient>;
};

/**
 * A fresh cadre of the registry with their own account, signed in with the one-time password
 * changed: a person no other test touches. Registered by `admin` (a county administrator).
 */
export async function signInNewCadre(
  t: TTestApp,
  admin: TClient,
  request: Omit<TCreateCadreRequest, 'createAccount'> = buildCadre(),
): Promise<TSignedInCadre> {
  const { cadre, account } = await registerCadre(admin, { ...request, createAccount: true });
  if (!account) throw new Error('register cadre: no account was created');
  const client = await signInReady(t, {
    user: { username: account.username },
    oneTimePassword: account.oneTimePassword,
  });
  return {
    cadre,
    client,
    username: account.username,
    signIn: () => t.signIn(account.username, NEW_PASSWORD),
  };
}
