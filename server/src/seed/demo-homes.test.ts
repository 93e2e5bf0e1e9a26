import {
  DISPATCHED_CATEGORIES,
  localDate,
  type TFundingSummary,
  type THomeCadreList,
  type THomeSummary,
} from '@zhucun/core';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  homeFundingEntries,
  homeOccupants,
  homeRooms,
  homes,
  persons,
  postings,
  users,
} from '../db/schema.ts';
import { buildTestApp, type TClient, type TTestApp } from '../test/build-test-app.ts';
import { seedDemoHomes } from './demo-homes.ts';

let t: TTestApp;
let admin: TClient;
const today = localDate(new Date());

beforeAll(async () => {
  t = await buildTestApp();
  expect(await seedDemoHomes(t.database.db, today)).toMatchObject({ homes: 86 });
  admin = await t.signIn('admin');
}, 120_000);
afterAll(async () => t?.close());

const db = () => t.database.db;

describe('the demo county’s homes', () => {
  it('has the bulletin’s 44 apartments and 42 farmhouses, some below standard, some cadres without a home', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/homes/summary' });
    expect(res.statusCode).toBe(200);
    const { rows, totals } = res.json() as THomeSummary;
    expect(totals).toMatchObject({ apartment: 44, farmhouse: 42 });
    expect(totals.belowStandard).toBeGreaterThanOrEqual(6);
    expect(totals.belowStandard).toBeLessThanOrEqual(8);
    expect(totals.occupants).toBeLessThanOrEqual(totals.beds);
    expect(totals.withoutHome).toBeGreaterThan(0);
    expect(totals.withoutHome).toBeLessThan(60);
    expect(rows.length).toBe(12);
    for (const r of rows) expect(r.apartment + r.farmhouse).toBeGreaterThan(0);
    const jincheng = rows.find((r) => r.townshipCode === '140622100')!;
    expect(jincheng.withoutHome).toBeGreaterThanOrEqual(3);

    const list = await admin.request({ method: 'GET', url: '/api/homes/without-home' });
    expect((list.json() as THomeCadreList).total).toBe(totals.withoutHome);
  });

  it('puts nobody in two rooms, nobody over a room’s beds, and only stationed cadres of the home’s township', async () => {
    const occupants = await db()
      .select({
        personId: homeOccupants.personId,
        roomId: homeOccupants.roomId,
        beds: homeRooms.beds,
        homeVillage: homes.villageCode,
        village: postings.villageCode,
        category: postings.category,
      })
      .from(homeOccupants)
      .innerJoin(homeRooms, eq(homeRooms.id, homeOccupants.roomId))
      .innerJoin(homes, eq(homes.id, homeOccupants.homeId))
      .leftJoin(postings, and(eq(postings.personId, homeOccupants.personId), isNull(postings.actualEndDate)));
    expect(occupants.length).toBeGreaterThan(250);
    expect(new Set(occupants.map((o) => o.personId)).size).toBe(occupants.length);
    const perRoom = new Map<number, number>();
    for (const o of occupants) {
      perRoom.set(o.roomId, (perRoom.get(o.roomId) ?? 0) + 1);
      expect(perRoom.get(o.roomId)).toBeLessThanOrEqual(o.beds);
      expect(o.village?.slice(0, 9)).toBe(o.homeVillage.slice(0, 9));
      expect(DISPATCHED_CATEGORIES).toContain(o.category);
    }
  });

  it('has one home a village at most, 辛圐圙 a farmhouse with its contract, and the demo cadres housed', async () => {
    const rows = await db().select().from(homes);
    expect(new Set(rows.map((h) => h.villageCode)).size).toBe(rows.length);
    const xin = rows.find((h) => h.villageCode === '140622102205');
    expect(xin?.kind).toBe('farmhouse');
    for (const h of rows.filter((r) => r.kind === 'farmhouse')) {
      expect(h.landlord).toBeTruthy();
      expect(h.annualRentFen).toBeGreaterThanOrEqual(300_000);
      expect(h.annualRentFen).toBeLessThanOrEqual(800_000);
      expect(h.contractStart! >= '2025-01-01' && h.contractEnd! <= '2027-12-31').toBe(true);
    }
    const housed = await db()
      .select({ username: users.username, homeId: homeOccupants.homeId })
      .from(users)
      .innerJoin(persons, eq(persons.userId, users.id))
      .leftJoin(homeOccupants, eq(homeOccupants.personId, persons.id))
      .where(inArray(users.username, ['shuji', 'daxuesheng', 'xuandiao', 'diyishuji']));
    expect(housed).toHaveLength(4);
    for (const h of housed) expect(h.homeId, h.username).not.toBeNull();
  });

  it('keeps a ledger of 2–6 entries a home that never goes below zero, with a few corrections', async () => {
    const entries = await db().select().from(homeFundingEntries);
    const byHome = new Map<number, typeof entries>();
    for (const e of entries) byHome.set(e.homeId, [...(byHome.get(e.homeId) ?? []), e]);
    expect(byHome.size).toBe(86);
    for (const list of byHome.values()) {
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.length).toBeLessThanOrEqual(6);
      expect(list.reduce((s, e) => s + e.amountFen, 0)).toBeGreaterThanOrEqual(0);
      for (const e of list) expect(e.entryDate < today).toBe(true);
    }
    const corrections = entries.filter((e) => e.correctsId !== null);
    expect(corrections.length).toBeGreaterThanOrEqual(2);
    for (const c of corrections) {
      const original = entries.find((e) => e.id === c.correctsId)!;
      expect(original.homeId).toBe(c.homeId);
      expect(original.direction).toBe(c.direction);
      expect(c.reason).toBeTruthy();
    }
    const res = await admin.request({ method: 'GET', url: '/api/homes/funding/summary' });
    expect(res.statusCode).toBe(200);
    const summary = res.json() as TFundingSummary;
    expect(summary.rows).toHaveLength(86);
    expect(summary.totals.total).toBe(entries.reduce((s, e) => s + e.amountFen, 0));
  });

  it('does nothing the second time', async () => {
    expect(await seedDemoHomes(db(), today)).toEqual({ homes: 0, housed: 0 });
    expect(await db().$count(homes)).toBe(86);
  });
});
