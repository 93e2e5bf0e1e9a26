import type { TTodayView } from '@zhucun/core';
import { buildTestApp, type TClient, type TTestApp } from './build-test-app.ts';
import { buildCadre, buildPerson, buildPosting } from './cadre-factory.ts';
import {
  createUser,
  NEW_PASSWORD,
  ROOMY_LOGIN,
  signInNewCadre,
  signInReady,
  type TSignedInCadre,
} from './factories.ts';

/** A demo cadre signed in, with the administrators of their township and of another one. */
export type TDutyContext = {
  t: TTestApp;
  cadre: TClient;
  admin: TClient;
  viewer: TClient;
  township: TClient;
  otherTownship: TClient;
  /** The server's today (Asia/Shanghai) and the cadre's person and village. */
  today: string;
  personId: number;
  villageCode: string;
  /** Signs the township administrator in again (after the test clock moved past their idle limit). */
  signInTownship: () => Promise<TClient>;
  /**
   * A fresh cadre with an account, posted to the demo cadre's village (so `township` is theirs),
   * signed in: for a test that writes the cadre's own records without touching anyone else's.
   */
  newCadre: (name?: string) => Promise<TSignedInCadre>;
};

/** The set-up of the cadre's-day tests: a fresh demo app, `shuji` (by default) and two townships. */
export async function dutyContext(cadreName = 'shuji'): Promise<TDutyContext> {
  const t = await buildTestApp({ login: ROOMY_LOGIN });
  const cadre = await t.signIn(cadreName);
  const admin = await t.signIn('admin');
  const viewer = await t.signIn('viewer');
  const view = (await cadre.request({ method: 'GET', url: '/api/duty/today' })).json<TTodayView>();
  const own = view.person!.villageCode.slice(0, 9);
  const other = own === '140622100' ? '140622101' : '140622100';
  const created = await createUser(admin, { roles: [{ role: 'township_admin', divisionCode: own }] });
  return {
    t,
    cadre,
    admin,
    viewer,
    township: await signInReady(t, created),
    otherTownship: await signInReady(
      t,
      await createUser(admin, { roles: [{ role: 'township_admin', divisionCode: other }] }),
    ),
    today: view.today,
    personId: view.person!.id,
    villageCode: view.person!.villageCode,
    signInTownship: () => t.signIn(created.user.username, NEW_PASSWORD),
    // the administrator signs in afresh, so a test that moved the clock past their idle limit can still post
    newCadre: async (name = '测试干部') =>
      signInNewCadre(
        t,
        await t.signIn('admin'),
        buildCadre({
          person: buildPerson({ name }),
          posting: buildPosting({ villageCode: view.person!.villageCode }),
        }),
      ),
  };
}
