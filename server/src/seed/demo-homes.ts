import { addDays, DISPATCHED_CATEGORIES } from '@zhucun/core';
import { and, count, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { TDb } from '../db/client.ts';
import {
  divisions,
  homeFundingEntries,
  homeOccupants,
  homeRooms,
  homes,
  postings,
  roleAssignments,
} from '../db/schema.ts';
import { addDemoCorrection, demoLedger, type TDemoFundingEntry } from './demo-home-funding.ts';
import { demoContract, planDemoHomes, type TDemoCadre } from './demo-homes.plan.ts';
import { createNamer } from './demo-registry/names.ts';
import { createRandom, DEMO_SEED } from './demo-registry/random.ts';

/** Homes of the demo county whose ledger has a correction (every this-many-th home). */
const CORRECTION_EVERY = 29;

const laterOf = (a: string, b: string) => (a > b ? a : b);
/** A local (Asia/Shanghai) time of day on a date, as the moment it was entered. */
const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

/**
 * The demo county's 标准化家园 (deterministic; dates relative to today): 44 apartments and 42
 * farmhouses in villages with stationed cadres, their rooms and occupants, the farmhouses' rent
 * contracts and a year of each home's funding ledger with a few corrections — written straight to
 * the tables in one transaction. Does nothing when any home exists.
 */
export async function seedDemoHomes(db: TDb, today: string): Promise<{ homes: number; housed: number }> {
  const [existing] = await db.select({ n: count() }).from(homes);
  if (Number(existing?.n ?? 0) > 0) return { homes: 0, housed: 0 };
  const cadres: TDemoCadre[] = await db
    .select({
      personId: postings.personId,
      village: postings.villageCode,
      category: postings.category,
      start: postings.startDate,
    })
    .from(postings)
    .where(
      and(
        isNull(postings.actualEndDate),
        lte(postings.startDate, today),
        inArray(postings.category, [...DISPATCHED_CATEGORIES]),
      ),
    )
    .orderBy(postings.villageCode, postings.personId);
  if (cadres.length === 0) return { homes: 0, housed: 0 };
  const admins = await db
    .select({
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      code: roleAssignments.divisionCode,
    })
    .from(roleAssignments)
    .where(inArray(roleAssignments.role, ['county_admin', 'township_admin']))
    .orderBy(roleAssignments.userId);
  const countyAdmin = admins.find((a) => a.role === 'county_admin')?.userId;
  if (countyAdmin === undefined) return { homes: 0, housed: 0 };
  const writerOf = (village: string) =>
    admins.find((a) => a.role === 'township_admin' && a.code === village.slice(0, 9))?.userId ?? countyAdmin;

  const random = createRandom(DEMO_SEED + 6);
  const plans = planDemoHomes(random, cadres);
  const names = new Map(
    (
      await db
        .select({ code: divisions.code, name: divisions.name })
        .from(divisions)
        .where(
          inArray(
            divisions.code,
            plans.map((p) => p.village),
          ),
        )
    ).map((d) => [d.code, d.name]),
  );
  const landlordOf = createNamer(random);

  let housed = 0;
  let owed = 0;
  await db.transaction(async (tx) => {
    for (const [i, plan] of plans.entries()) {
      const place = (names.get(plan.village) ?? '').replace(/村委会$/, '村').replace(/居委会$/, '');
      const opened = addDays(today, -random.int(380, 560));
      const contract =
        plan.kind === 'farmhouse'
          ? demoContract(
              random,
              landlordOf(random.chance(0.8) ? 'male' : 'female', random.int(1950, 1975)),
              today,
            )
          : null;
      const [home] = await tx
        .insert(homes)
        .values({
          villageCode: plan.village,
          kind: plan.kind,
          address:
            plan.kind === 'apartment'
              ? `${place}党群服务中心${random.pick(['二楼', '东侧平房', '后院西厢'])}`
              : `${place}${random.pick(['前街', '后街', '东巷', '西巷', '南街'])}${random.int(1, 60)}号`,
          hasKitchen: plan.hasKitchen,
          facilities: plan.facilities,
          note: plan.note,
          ...(contract ?? {}),
          createdBy: writerOf(plan.village),
          createdAt: at(opened, 10),
          updatedAt: at(opened, 10),
        })
        .returning({ id: homes.id });
      const homeId = home!.id;
      const rooms = await tx
        .insert(homeRooms)
        .values(plan.rooms.map((r, position) => ({ homeId, label: r.label, beds: r.beds, position })))
        .returning({ id: homeRooms.id });
      if (plan.occupants.length)
        await tx.insert(homeOccupants).values(
          plan.occupants.map((o) => ({
            homeId,
            roomId: rooms[o.room]!.id,
            personId: o.cadre.personId,
            since: laterOf(o.cadre.start, opened),
            createdAt: at(laterOf(o.cadre.start, opened), 15),
          })),
        );
      housed += plan.occupants.length;

      const ledger = demoLedger(
        random,
        {
          kind: plan.kind,
          annualRentFen: contract?.annualRentFen ?? null,
          selectees: plan.occupants.filter((o) => o.cadre.category === 'selected_graduate').length,
          team: plan.occupants.some((o) => ['first_secretary', 'team_member'].includes(o.cadre.category)),
        },
        today,
      );
      if (i % CORRECTION_EVERY === 3) owed++; // or the next home, when this ledger has nothing to correct
      if (owed > 0 && addDemoCorrection(random, ledger, today)) owed--;
      await insertLedger(tx, homeId, ledger, writerOf(plan.village));
    }
  });
  // fresh statistics: without them the planner takes the tables for empty (PGlite has no autovacuum)
  await db.execute(sql`analyze ${homes}, ${homeRooms}, ${homeOccupants}, ${homeFundingEntries}`);
  return { homes: plans.length, housed };
}

/** The entries in order; a correction gets the id of the entry it corrects. */
async function insertLedger(
  tx: TDb,
  homeId: number,
  ledger: readonly TDemoFundingEntry[],
  createdBy: number,
): Promise<void> {
  const ids: number[] = [];
  for (const e of ledger) {
    const [row] = await tx
      .insert(homeFundingEntries)
      .values({
        homeId,
        source: e.source,
        direction: e.direction,
        amountFen: e.amountFen,
        entryDate: e.date,
        purpose: e.purpose,
        correctsId: e.corrects === undefined ? null : ids[e.corrects]!,
        reason: e.reason ?? null,
        createdBy,
        createdAt: at(e.date, 16),
      })
      .returning({ id: homeFundingEntries.id });
    ids.push(row!.id);
  }
}
