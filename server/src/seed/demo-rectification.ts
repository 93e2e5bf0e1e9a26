import { addDays, levelAbove, type TRectificationLevel, type TRectificationState } from '@zhucun/core';
import { asc, eq, isNull, ne } from 'drizzle-orm';
import type { TDb } from '../db/client.ts';
import {
  divisions,
  persons,
  postings,
  rectificationEvents,
  rectificationItems,
  rectificationMeasures,
  rectificationOwners,
  roleAssignments,
} from '../db/schema.ts';
import { DEMO_PROBLEMS, SOURCE_REFS, type TDemoProblem } from './demo-rectification.plan.ts';

type TPlace = {
  code: string;
  name: string;
  people: { personId: number; name: string; userId: number | null }[];
};
type TStep = {
  action: string;
  from: TRectificationState | null;
  to: TRectificationState;
  by: number | null;
  note: string | null;
  day: number;
};

/** The villages with posted cadres: those with a demo cadre's account first (so they see their items). */
async function villages(db: TDb) {
  const rows = await db
    .select({
      code: postings.villageCode,
      name: divisions.name,
      personId: persons.id,
      personName: persons.name,
      userId: persons.userId,
    })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .innerJoin(divisions, eq(divisions.code, postings.villageCode))
    .where(isNull(postings.actualEndDate))
    .orderBy(asc(postings.villageCode), asc(persons.id));
  const byCode = new Map<string, TPlace>();
  for (const r of rows) {
    const v = byCode.get(r.code) ?? { code: r.code, name: r.name, people: [] };
    v.people.push({ personId: r.personId, name: r.personName, userId: r.userId });
    byCode.set(r.code, v);
  }
  const all = [...byCode.values()];
  const withAccount = all.filter((v) => v.people.some((p) => p.userId !== null));
  return { withAccount, others: all.filter((v) => !withAccount.includes(v)) };
}

async function staff(db: TDb) {
  const rows = await db
    .select({
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      code: roleAssignments.divisionCode,
    })
    .from(roleAssignments)
    .where(ne(roleAssignments.role, 'cadre'))
    .orderBy(asc(roleAssignments.userId));
  const townships = new Map<string, number>();
  for (const r of rows)
    if (r.role === 'township_admin' && r.code && !townships.has(r.code)) townships.set(r.code, r.userId);
  return { townships, county: rows.find((r) => r.role === 'county_admin')?.userId ?? null };
}

/** The decisions that brought a problem to its state, oldest first (days relative to its deadline). */
function stepsOf(
  p: TDemoProblem,
  reporter: number | null,
  township: number | null,
  county: number | null,
): TStep[] {
  const steps: TStep[] = [{ action: 'create', from: null, to: 'open', by: county, note: null, day: -60 }];
  const reviewer = p.level === 'village' ? township : county;
  const returnAction = p.level === 'village' ? 'township_return' : 'county_return';
  if (p.state === 'open') {
    for (const text of p.reports)
      steps.push({ action: 'progress', from: 'open', to: 'open', by: reporter, note: text, day: -20 });
    for (let i = 1; i <= (p.escalations ?? 0); i++)
      steps.push({
        action: 'escalate',
        from: 'open',
        to: 'open',
        by: null,
        note: '逾期未整改完成',
        day: 1 + (i - 1) * 7,
      });
    return steps;
  }
  const [first, second] = p.reports;
  steps.push({ action: 'report', from: 'open', to: 'reported', by: reporter, note: first ?? '', day: -12 });
  if (p.returnedFor) {
    steps.push({
      action: returnAction,
      from: 'reported',
      to: 'returned',
      by: reviewer,
      note: p.returnedFor,
      day: -10,
    });
    if (p.state === 'returned') return steps;
    steps.push({
      action: 'report',
      from: 'returned',
      to: 'reported',
      by: reporter,
      note: second ?? first ?? '',
      day: -6,
    });
  }
  if (p.state === 'reported') return steps;
  if (p.level === 'village')
    steps.push({
      action: 'township_approve',
      from: 'reported',
      to: 'township_approved',
      by: township,
      note: null,
      day: -4,
    });
  if (p.state === 'township_approved') return steps;
  steps.push({
    action: 'close',
    from: p.level === 'village' ? 'township_approved' : 'reported',
    to: 'closed',
    by: county,
    note: null,
    day: -2,
  });
  return steps;
}

/**
 * The demo county's 整改台账: about twenty problems from the national assessment's feedback, the
 * province's inspections and the county's own check, in every state (docs/rules.md §4.13), dated
 * relative to the seeding day, some overdue and escalated; each with measures, owners and the
 * timeline that brought it there. Idempotent: skipped once the county has any problem.
 */
export async function seedDemoRectification(db: TDb, today: string, countyCode: string) {
  const [existing] = await db.select({ id: rectificationItems.id }).from(rectificationItems).limit(1);
  if (existing) return;
  const { withAccount, others } = await villages(db);
  const accounts = await staff(db);
  const townshipNames = new Map(
    (
      await db
        .select({ code: divisions.code, name: divisions.name })
        .from(divisions)
        .where(eq(divisions.level, 'township'))
    ).map((d) => [d.code, d.name]),
  );
  let nextCadreVillage = 0;
  let nextVillage = 0;
  const townshipCycle = [...accounts.townships.keys()];
  let nextTownship = 0;
  for (const p of DEMO_PROBLEMS) {
    let place: TPlace;
    if (p.where === 'cadre_village' && withAccount.length)
      place = withAccount[nextCadreVillage++ % withAccount.length]!;
    else if (p.where === 'village' || p.where === 'cadre_village')
      place = others[nextVillage++ % Math.max(others.length, 1)] ?? withAccount[0]!;
    else if (p.where === 'township') {
      const code = townshipCycle[nextTownship++ % townshipCycle.length] ?? `${countyCode}100`;
      place = { code, name: townshipNames.get(code) ?? '', people: [] };
    } else place = { code: countyCode, name: '应县', people: [] };
    const townshipCode = place.code.length >= 9 ? place.code.slice(0, 9) : null;
    const townshipAdmin = townshipCode ? (accounts.townships.get(townshipCode) ?? null) : null;
    const reporter =
      p.level === 'village'
        ? (place.people.find((x) => x.userId !== null)?.userId ?? townshipAdmin)
        : p.level === 'township'
          ? townshipAdmin
          : accounts.county;
    const deadline = addDays(today, p.due);
    // the story is told back from the deadline when it has passed, else from today
    const base = p.due < 0 ? deadline : today;
    const steps = stepsOf(p, reporter, townshipAdmin, accounts.county).map((s) => ({
      ...s,
      date: addDays(s.action === 'escalate' ? deadline : base, s.day),
    }));
    const lastReport = steps.filter((s) => s.action === 'report').at(-1);
    const superviseLevel: TRectificationLevel =
      p.escalations === 2 ? 'county' : p.escalations === 1 ? (levelAbove(p.level) ?? 'county') : p.level;
    const [item] = await db
      .insert(rectificationItems)
      .values({
        source: p.source,
        sourceRef: SOURCE_REFS[p.source],
        problem: p.problem,
        level: p.level,
        divisionCode: place.code,
        superviseLevel,
        escalatedOn: p.escalations ? steps.filter((s) => s.action === 'escalate').at(-1)!.date : null,
        state: p.state,
        deadline,
        evidenceRequired: p.evidence,
        reportedOn: lastReport?.date ?? null,
        closedOn: p.state === 'closed' ? steps.at(-1)!.date : null,
        returnCount: p.returnedFor ? 1 : 0,
        createdBy: accounts.county,
        createdAt: new Date(`${steps[0]!.date}T09:00:00+08:00`),
        updatedAt: new Date(`${steps.at(-1)!.date}T10:00:00+08:00`),
      })
      .returning({ id: rectificationItems.id });
    const itemId = item!.id;
    await db.insert(rectificationMeasures).values(
      p.measures.map((text, position) => ({
        itemId,
        position,
        text,
        deadline: position === 0 && p.measures.length > 1 ? addDays(deadline, -10) : deadline,
      })),
    );
    await db.insert(rectificationOwners).values(
      ownersOf(p, place, townshipCode ? townshipNames.get(townshipCode) : undefined).map((o, position) => ({
        itemId,
        position,
        ...o,
      })),
    );
    await db.insert(rectificationEvents).values(
      steps.map((s, i) => ({
        itemId,
        at: new Date(`${s.date}T${String(9 + Math.min(i, 9)).padStart(2, '0')}:00:00+08:00`),
        actorKind: s.action === 'escalate' ? 'system' : 'user',
        actorUserId: s.by,
        action: s.action,
        fromState: s.from,
        toState: s.to,
        superviseLevel:
          s.action === 'escalate' ? (s.day === 1 ? (levelAbove(p.level) ?? 'county') : 'county') : p.level,
        note: s.note,
      })),
    );
  }
}

/** 责任单位, 责任领导, 责任人: the township's or the county's bodies, and a village's posted cadres from the registry. */
function ownersOf(p: TDemoProblem, place: TPlace, townshipName?: string) {
  if (p.level === 'county')
    return [
      { role: 'unit', name: '县委组织部', personId: null },
      { role: 'unit', name: '县乡村振兴局', personId: null },
      { role: 'leader', name: '县委常委、组织部部长', personId: null },
    ];
  if (p.level === 'township')
    return [
      { role: 'unit', name: `${townshipName ?? place.name}党委`, personId: null },
      { role: 'leader', name: `${townshipName ?? place.name}党委书记`, personId: null },
      { role: 'person', name: `${townshipName ?? place.name}组织委员`, personId: null },
    ];
  return [
    { role: 'unit', name: `${townshipName ?? ''}党委`, personId: null },
    { role: 'leader', name: `${townshipName ?? ''}包村领导`, personId: null },
    ...place.people.slice(0, 2).map((x) => ({ role: 'person', name: x.name, personId: x.personId })),
  ];
}
