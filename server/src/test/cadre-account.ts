import type { TCadreProfile, TPostingInput } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/client.ts';
import type { TClient, TTestApp } from './build-test-app.ts';
import { buildCadre, buildPosting } from './cadre-factory.ts';
import { NEW_PASSWORD } from './factories.ts';

/** A cadre of the test's own, signed in: nobody else's records touch theirs. */
export type TSignedInCadre = { client: TClient; personId: number; villageCode: string };

/**
 * Registers a dispatched cadre with a sign-in account through the API (as `admin`, a county
 * administrator), posted to 东关村委会 unless overridden, signs them in with the one-time password
 * and sets `NEW_PASSWORD`. Fails the test if any step is refused.
 */
export async function createSignedInCadre(
  t: TTestApp,
  admin: TClient,
  posting: Partial<TPostingInput> = {},
): Promise<TSignedInCadre> {
  const res = await admin.request({
    method: 'POST',
    url: '/api/cadres',
    payload: buildCadre({ posting: buildPosting(posting), createAccount: true }),
  });
  if (res.statusCode !== 200) throw new Error(`create cadre failed: ${res.statusCode} ${res.body}`);
  const { cadre, account } = res.json<{
    cadre: TCadreProfile;
    account: { username: string; oneTimePassword: string };
  }>();
  const client = await t.signIn(account.username, account.oneTimePassword);
  const changed = await client.request({
    method: 'POST',
    url: '/api/auth/password',
    payload: { currentPassword: account.oneTimePassword, newPassword: NEW_PASSWORD },
  });
  if (changed.statusCode !== 200)
    throw new Error(`password change failed: ${changed.statusCode} ${changed.body}`);
  return { client, personId: cadre.id, villageCode: cadre.postings[0]!.villageCode };
}

/** Another village (not a community) of the same township as `villageCode`. */
export async function neighbourVillage(t: TTestApp, villageCode: string): Promise<string> {
  const [row] = await rowsOf<{ code: string }>(
    t.database.db,
    sql`select code from divisions where kind = 'village' and code like ${`${villageCode.slice(0, 9)}%`}
        and code <> ${villageCode} order by code desc limit 1`,
  );
  if (!row) throw new Error(`no other village in the township of ${villageCode}`);
  return row.code;
}
