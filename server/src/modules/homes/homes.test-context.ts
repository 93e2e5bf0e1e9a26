import { DEFAULT_HOME_FACILITIES, DISPATCHED_CATEGORIES, localDate, type THomeCreate } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPerson, buildPosting } from '../../test/cadre-factory.ts';
import { ROOMY_LOGIN, registerCadre } from '../../test/factories.ts';

export const TOWNSHIP = '140622100';
export const OTHER_TOWNSHIP = '140622101';

/** A cadre of the demo registry, as the tests pick them. */
export type TTestCadre = { id: number; name: string; villageCode: string; villageName: string };

export type THomesContext = {
  t: TTestApp;
  admin: TClient;
  viewer: TClient;
  /** jincheng: the township administrator of 140622100; nanhezhong: of 140622101. */
  township: TClient;
  otherTownship: TClient;
  today: string;
  /** Stationed cadres of 140622100 (dispatched, active posting begun), by village then id; none housed. */
  stationed: TTestCadre[];
  /** A stationed cadre of 140622101. */
  otherStationed: TTestCadre;
  count: (table: 'homes' | 'home_rooms' | 'home_occupants') => Promise<number>;
  /** The audit rows of an action, oldest first; of one home (object id) when given. */
  audits: (
    action: string,
    objectId?: number,
  ) => Promise<{ object_id: string; details: Record<string, unknown> }[]>;
  /**
   * A fresh stationed cadre (a graduate official whose posting began 2025-09-01), registered by the
   * county administrator, living nowhere: for a test that moves people in without touching anyone else.
   * In 金城镇 东关村委会 unless another village is given; named `name` plus a number.
   */
  newStationed: (villageCode?: string, name?: string) => Promise<TTestCadre>;
};

let stationedNumber = 0;

const DISPATCHED = sql.join(
  DISPATCHED_CATEGORIES.map((c) => sql`${c}`),
  sql`, `,
);

/** Stationed cadres under a division, straight from the registry's tables (not through the code under test). */
export async function stationedIn(t: TTestApp, prefix: string, today: string): Promise<TTestCadre[]> {
  return rowsOf<TTestCadre>(
    t.database.db,
    sql`select p.id, p.name, po.village_code as "villageCode", d.name as "villageName"
        from persons p
        join postings po on po.person_id = p.id and po.actual_end_date is null and po.start_date <= ${today}
        join divisions d on d.code = po.village_code
        where po.category in (${DISPATCHED}) and po.village_code like ${`${prefix}%`}
        order by po.village_code, p.id`,
  );
}

/** A fresh demo app, the accounts the homes tests use, and cadres to house (moved out of any demo home). */
export async function homesContext(): Promise<THomesContext> {
  const t = await buildTestApp({ login: ROOMY_LOGIN });
  const today = localDate(t.clock.now());
  const stationed = await stationedIn(t, TOWNSHIP, today);
  const otherStationed = (await stationedIn(t, OTHER_TOWNSHIP, today))[0]!;
  const ids = [...stationed, otherStationed].map((c) => c.id);
  await t.database.db.execute(
    sql`delete from home_occupants where person_id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  const admin = await t.signIn('admin');
  return {
    t,
    admin,
    viewer: await t.signIn('viewer'),
    township: await t.signIn('jincheng'),
    otherTownship: await t.signIn('nanhezhong'),
    today,
    stationed,
    otherStationed,
    count: async (table) =>
      Number(
        (await rowsOf<{ n: number }>(t.database.db, sql`select count(*) as n from ${sql.raw(table)}`))[0]!.n,
      ),
    audits: (action, objectId) =>
      rowsOf(
        t.database.db,
        objectId === undefined
          ? sql`select object_id, details from audit_log where action = ${action} order by id`
          : sql`select object_id, details from audit_log where action = ${action}
                and object_id = ${String(objectId)} order by id`,
      ),
    newStationed: async (villageCode = '140622100200', name = '住户') => {
      stationedNumber++;
      const { cadre } = await registerCadre(
        admin,
        buildCadre({
          person: buildPerson({ name: `${name}${stationedNumber}` }),
          posting: buildPosting({ villageCode }),
        }),
      );
      return {
        id: cadre.id,
        name: cadre.name,
        villageCode,
        villageName: cadre.posting!.villageName,
      };
    },
  };
}

/** A farmhouse with two one-bed rooms, every facility, a kitchen and its rent contract. */
export function farmhouse(villageCode: string, overrides: Partial<THomeCreate> = {}): THomeCreate {
  return {
    villageCode,
    kind: 'farmhouse',
    address: '三组 8 号王家院',
    hasKitchen: true,
    facilities: [...DEFAULT_HOME_FACILITIES],
    rooms: [
      { label: '东屋', beds: 1 },
      { label: '西屋', beds: 1 },
    ],
    contract: {
      landlord: '王德顺',
      landlordPhone: '13812345678',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      annualRentFen: 360_000,
    },
    ...overrides,
  };
}

/** An apartment in the Party-mass service centre (no contract). */
export function apartment(villageCode: string, overrides: Partial<THomeCreate> = {}): THomeCreate {
  return farmhouse(villageCode, {
    kind: 'apartment',
    address: '村党群服务中心二楼',
    contract: null,
    ...overrides,
  });
}
