import { addDays, monthOf } from '@zhucun/core';
import { and, asc, count, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../db/client.ts';
import {
  divisions,
  households,
  labourReportLines,
  labourReports,
  roleAssignments,
  villageDesignations,
} from '../db/schema.ts';
import {
  DEMO_LABOURERS,
  demoDesignations,
  headNameOf,
  LEFT_FOR_TRYING,
  NO_HOUSEHOLDS_OF,
  REPORTING_VILLAGES,
} from './demo-outcomes.plan.ts';
import { createRandom, type TRandom } from './demo-registry/random.ts';

const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:30:00+08:00`);

/** Every `n`-th of a list, spread over it (so every township gets some). */
const spread = <T>(items: T[], n: number, offset = 0) =>
  Array.from({ length: n }, (_, i) => items[(offset + Math.floor((i * items.length) / n)) % items.length]!);

/** Splits the total over the villages: about even, varied in pairs so the sum stays exact. */
function targets(villages: number, total: number, random: TRandom): number[] {
  const base = Math.floor(total / villages);
  const out = Array.from({ length: villages }, () => base);
  for (let i = 0; i + 1 < villages; i += 2) {
    const d = random.int(0, Math.floor(base / 3));
    out[i]! += d;
    out[i + 1]! -= d;
  }
  out[0]! += total - base * villages;
  return out;
}

/** One to three labourers a household until the village's figure is reached. */
function split(target: number, random: TRandom): number[] {
  const out: number[] = [];
  for (let rest = target; rest > 0; ) {
    const n = Math.min(rest, random.int(1, 3));
    out.push(n);
    rest -= n;
  }
  return out;
}

async function staff(db: TDb) {
  const rows = await db
    .select({
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      code: roleAssignments.divisionCode,
    })
    .from(roleAssignments)
    .where(inArray(roleAssignments.role, ['township_admin', 'county_admin']))
    .orderBy(asc(roleAssignments.userId));
  const townships = new Map<string, number>();
  for (const r of rows)
    if (r.role === 'township_admin' && r.code && !townships.has(r.code)) townships.set(r.code, r.userId);
  const county = rows.find((r) => r.role === 'county_admin')?.userId;
  return { townships, county: county ?? rows[0]!.userId };
}

/**
 * The demo county's outcome indicators (帮扶成效), dated relative to `today`: 104 villages' months of
 * labour this month, approved, their households summing to the bulletin's 3,122 (and last month's for
 * some, a little lower), one month waiting and one returned; the 12 rural-tourism demonstration villages
 * and 5 “长城人家” approved, with two other designations, one waiting and one returned. Skipped when present.
 */
export async function seedDemoOutcomes(
  db: TDb,
  today: string,
): Promise<{ reports: number; designations: number }> {
  const [existing] = await db.select({ n: count() }).from(labourReports);
  if (Number(existing?.n ?? 0) > 0) return { reports: 0, designations: 0 };
  const random = createRandom(Number(today.replaceAll('-', '')) + 22);
  const who = await staff(db);
  const townshipOf = (code: string) => who.townships.get(code.slice(0, 9)) ?? who.county;
  const kept = await rowsOf<{ code: string }>(
    db,
    sql`select p.village_code as code from postings p join persons s on s.id = p.person_id
        join users u on u.id = s.user_id where u.username = ${NO_HOUSEHOLDS_OF} and p.actual_end_date is null`,
  );
  const villages = (
    await db
      .select({ code: divisions.code })
      .from(divisions)
      .where(
        and(
          eq(divisions.level, 'village'),
          notInArray(divisions.code, [...LEFT_FOR_TRYING, ...kept.map((k) => k.code)]),
        ),
      )
      .orderBy(asc(divisions.code))
  )
    .map((v) => v.code)
    .filter((code) => Number(code.slice(9)) >= 200);
  const month = monthOf(today);
  const lastMonth = monthOf(addDays(`${month}-01`, -1));
  const reporting = spread(villages, REPORTING_VILLAGES);
  const others = villages.filter((v) => !reporting.includes(v));
  const [waiting, returned] = [others[0]!, others[1]!];
  const perVillage = targets(reporting.length, DEMO_LABOURERS, random);
  const plans = [...reporting, waiting, returned].map((code, i) => ({
    code,
    labourers: split(perVillage[i] ?? random.int(8, 20), random),
  }));
  let n = 0;
  const homes = await db
    .insert(households)
    .values(
      plans.flatMap((p) =>
        p.labourers.map((_, j) => ({
          villageCode: p.code,
          headName: headNameOf(n++),
          address: `${(j % 6) + 1}组 ${random.int(1, 60)} 号`,
          note: '脱贫户（外出务工）',
        })),
      ),
    )
    .returning({ id: households.id });
  const reviewedAt = at(today, 0);
  const reportRows = plans.map((p) => ({
    villageCode: p.code,
    month: `${month}-01`,
    state: p.code === waiting ? 'submitted' : p.code === returned ? 'returned' : 'approved',
    returnReason: p.code === returned ? '外出务工人数与乡镇摸底台账不一致，请核对后重新报送' : null,
    submittedBy: townshipOf(p.code),
    submittedAt: reviewedAt,
    reviewedBy: p.code === waiting ? null : who.county,
    reviewedAt: p.code === waiting ? null : reviewedAt,
  }));
  // last month, for every third village: a little lower (some of the households not yet away)
  const earlier = plans.filter((_, i) => i % 3 === 0 && i < reporting.length);
  const inserted = await db
    .insert(labourReports)
    .values([
      ...reportRows,
      ...earlier.map((p) => ({
        villageCode: p.code,
        month: `${lastMonth}-01`,
        state: 'approved',
        submittedBy: townshipOf(p.code),
        submittedAt: at(`${lastMonth}-28`, 9),
        reviewedBy: who.county,
        reviewedAt: at(`${lastMonth}-28`, 16),
      })),
    ])
    .returning({ id: labourReports.id, villageCode: labourReports.villageCode, month: labourReports.month });
  const lines: (typeof labourReportLines.$inferInsert)[] = [];
  let h = 0;
  const homesOf = new Map<string, { id: number; labourers: number }[]>();
  for (const p of plans)
    homesOf.set(
      p.code,
      p.labourers.map((labourers) => ({ id: homes[h++]!.id, labourers })),
    );
  for (const r of inserted) {
    const list = homesOf.get(r.villageCode) ?? [];
    const current = r.month === `${month}-01`;
    for (const [j, home] of list.entries())
      if (current || j % 4 !== 3)
        lines.push({ reportId: r.id, householdId: home.id, labourers: home.labourers });
  }
  await db.insert(labourReportLines).values(lines);
  const designations = await seedDesignations(db, today, villages, townshipOf, who.county);
  return { reports: inserted.length, designations };
}

/** The 12 rural-tourism villages, 5 “长城人家” and two others, approved; one waiting, one returned. */
async function seedDesignations(
  db: TDb,
  today: string,
  villages: string[],
  townshipOf: (code: string) => number,
  county: number,
) {
  const plan = demoDesignations();
  const places = spread(villages, plan.length + 2, 3);
  const rows = plan.map((d, i) => {
    const on = addDays(today, -d.daysAgo);
    return {
      villageCode: places[i]!,
      kind: d.kind,
      level: d.level,
      title: d.title,
      issuer: d.issuer,
      documentNo: d.documentNo(Number(on.slice(0, 4))),
      designatedOn: on,
      state: 'approved',
      submittedBy: townshipOf(places[i]!),
      submittedAt: at(addDays(on, 5), 10),
      reviewedBy: county,
      reviewedAt: at(addDays(on, 8), 15),
    };
  });
  const pending = [places[plan.length]!, places[plan.length + 1]!].map((code, i) => ({
    villageCode: code,
    kind: i === 0 ? 'rural_tourism' : 'great_wall',
    level: 'county',
    title: i === 0 ? '应县乡村旅游示范村' : '“长城人家”',
    issuer: i === 0 ? '应县人民政府' : '应县文化和旅游局',
    documentNo: i === 0 ? `应政发〔${today.slice(0, 4)}〕21号` : `应文旅发〔${today.slice(0, 4)}〕5号`,
    designatedOn: addDays(today, -10),
    state: i === 0 ? 'submitted' : 'returned',
    returnReason: i === 0 ? null : '“长城人家”由省文化和旅游厅命名，请附省级文件',
    submittedBy: townshipOf(code),
    submittedAt: at(addDays(today, -5), 10),
    reviewedBy: i === 0 ? null : county,
    reviewedAt: i === 0 ? null : at(addDays(today, -2), 11),
  }));
  await db.insert(villageDesignations).values([...rows, ...pending]);
  return rows.length + pending.length;
}
