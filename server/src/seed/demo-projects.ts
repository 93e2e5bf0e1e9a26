import { addDays, type TProjectState } from '@zhucun/core';
import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import type { TDb } from '../db/client.ts';
import {
  divisions,
  dutyDays,
  persons,
  postings,
  projectAcceptances,
  projectAssessmentScores,
  projectAssessments,
  projectClaimants,
  projectCriteria,
  projectEvents,
  projectFunding,
  projectMilestones,
  projectProgress,
  projects,
  projectVillages,
  roleAssignments,
} from '../db/schema.ts';
import { seedDemoProjectSelection } from './demo-project-selection.ts';
import {
  CRITERIA,
  DEMO_INDUSTRY_PROJECTS,
  DEMONSTRATION,
  DEMONSTRATION_STATES,
  FUNDING_MIXES,
  INDUSTRY,
  INDUSTRY_STATES,
  PATH_TO,
  PROGRESS_TEXTS,
} from './demo-projects.plan.ts';
import { createRandom, type TRandom } from './demo-registry/random.ts';

const STATE_AFTER: Record<string, TProjectState> = {
  create: 'draft',
  submit: 'submitted',
  approve: 'approved',
  file: 'filed',
  start: 'in_progress',
  request_acceptance: 'acceptance',
  pass_acceptance: 'done',
};
const APPROVED: readonly TProjectState[] = ['approved', 'filed', 'in_progress', 'acceptance', 'done'];
const REPORTING: readonly TProjectState[] = ['in_progress', 'acceptance', 'done'];

type TPosted = {
  personId: number;
  villageCode: string;
  villageName: string;
  category: string;
  userId: number | null;
};
type TDemoProject = {
  kind: (typeof DEMONSTRATION)[number]['kind'] | 'industry';
  title: string;
  what: string;
  quantity: number;
  unit: string;
  milestones: string[];
  village: TPosted;
  leader: TPosted;
  claimants: TPosted[];
  state: TProjectState;
  demonstration: boolean;
};

const at = (date: string, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
const shortName = (name: string) => name.replace(/(村民?委员会|村委会|居委会|社区)$/, '村');

/** Active postings of people without a demo account (those stay free for the person trying the demo). */
async function postedPeople(db: TDb): Promise<TPosted[]> {
  return db
    .select({
      personId: persons.id,
      villageCode: postings.villageCode,
      villageName: divisions.name,
      category: postings.category,
      userId: persons.userId,
    })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .innerJoin(divisions, eq(divisions.code, postings.villageCode))
    .where(isNull(postings.actualEndDate))
    .orderBy(asc(postings.villageCode), asc(persons.id));
}

/** The township administrators' and the county administrator's accounts (who approve, assess, record). */
async function staffAccounts(db: TDb) {
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
  const county = rows.find((r) => r.role === 'county_admin')?.userId ?? null;
  return { townships, county };
}

/** Which projects the county holds: the 43 industry projects, then each secretary's demonstration project. */
function planProjects(people: TPosted[], random: TRandom): TDemoProject[] {
  const free = people.filter((p) => p.userId === null);
  const byVillage = new Map<string, TPosted[]>();
  for (const p of free) byVillage.set(p.villageCode, [...(byVillage.get(p.villageCode) ?? []), p]);
  const secretaries = free.filter((p) => p.category === 'party_secretary');
  // a few villages keep no demonstration project (the 一村一示范 gap), as does every demo account's
  const demoVillages = new Set(people.filter((p) => p.userId !== null).map((p) => p.villageCode));
  const leading = secretaries.filter((s, i) => i % 9 !== 4 && !demoVillages.has(s.villageCode));
  const claimantsOf = (village: string, leader: number) => {
    const others = (byVillage.get(village) ?? []).filter((p) => p.personId !== leader);
    // about a third of the people claim nothing (the 责任田 gap)
    return random.shuffle(others.filter(() => random.chance(0.55))).slice(0, random.int(1, 3));
  };
  const out: TDemoProject[] = [];
  const villages = [...byVillage.keys()].filter((v) => !demoVillages.has(v));
  for (let i = 0; i < DEMO_INDUSTRY_PROJECTS; i++) {
    // spread over the townships: walk the villages with a stride
    const village = villages[(i * 7) % villages.length]!;
    const here = byVillage.get(village)!;
    const leader =
      here.find((p) => p.category === 'first_secretary') ??
      here.find((p) => p.category === 'party_secretary') ??
      here[0]!;
    const tpl = INDUSTRY[i % INDUSTRY.length]!;
    out.push({
      kind: 'industry',
      title: `${shortName(leader.villageName)}${tpl.title}`,
      what: tpl.what,
      quantity: random.int(...tpl.quantity),
      unit: tpl.unit,
      milestones: tpl.milestones,
      village: leader,
      leader,
      claimants: claimantsOf(village, leader.personId),
      state: INDUSTRY_STATES[i]!,
      demonstration: false,
    });
  }
  for (const [i, s] of leading.entries()) {
    const tpl = DEMONSTRATION[i % DEMONSTRATION.length]!;
    out.push({
      kind: tpl.kind,
      title: `${shortName(s.villageName)}${tpl.title}`,
      what: tpl.what,
      quantity: random.int(2, 30),
      unit: tpl.unit,
      milestones: tpl.milestones,
      village: s,
      leader: s,
      claimants: claimantsOf(s.villageCode, s.personId),
      state: DEMONSTRATION_STATES[i % DEMONSTRATION_STATES.length]!,
      demonstration: true,
    });
  }
  return out;
}

/**
 * The demo county's projects (项目化帮扶), dated relative to `today`: the bulletin's 43 industry
 * projects and each village secretary's demonstration project (一村一示范, a few villages without),
 * claimed by cadres and committee members (some people hold none), with funding, milestones frozen as
 * the baseline at approval (some slipped, some overdue), progress (tied to the leader's day when
 * they logged one), criteria, a few quarterly assessments, and last year's selection. Skipped when
 * the county has projects.
 */
export async function seedDemoProjects(db: TDb, today: string): Promise<{ projects: number }> {
  const [existing] = await db.select({ n: count() }).from(projects);
  if (Number(existing?.n ?? 0) > 0) return { projects: 0 };
  const random = createRandom(Number(today.replaceAll('-', '')) + 14);
  const people = await postedPeople(db);
  const staff = await staffAccounts(db);
  const plan = planProjects(people, random);
  const ids: { id: number; p: TDemoProject; start: string }[] = [];
  for (const [n, p] of plan.entries()) {
    const township = p.village.villageCode.slice(0, 9);
    const recorder = staff.townships.get(township) ?? staff.county;
    const done = p.state === 'done';
    const start = done ? addDays(today, -random.int(330, 420)) : addDays(today, -random.int(30, 240));
    const baselineEnd = done ? addDays(today, -random.int(20, 60)) : addDays(start, random.int(240, 420));
    const approved = APPROVED.includes(p.state);
    // a quarter of the approved projects were moved later since approval
    const plannedEnd =
      approved && !done && n % 4 === 1 ? addDays(baselineEnd, random.int(15, 45)) : baselineEnd;
    const budgetFen = random.int(30, 300) * 1_000_000;
    const created = addDays(start, -30);
    const [row] = await db
      .insert(projects)
      .values({
        title: p.title,
        kind: p.kind,
        isDemonstration: p.demonstration,
        description: `${p.what}，由${p.demonstration ? '村党组织书记领办' : '驻村干部领办'}，村“两委”干部认领分工推进。`,
        townshipCode: township,
        leaderPersonId: p.leader.personId,
        targetWhat: p.what,
        targetQuantity: p.quantity,
        targetUnit: p.unit,
        targetDate: plannedEnd,
        budgetFen,
        beneficiaryHouseholds: random.int(12, 120),
        beneficiaryPeople: random.int(30, 360),
        startDate: start,
        plannedEndDate: plannedEnd,
        baselinePlannedEnd: approved ? baselineEnd : null,
        baselineFrozenAt: approved ? at(addDays(created, 12)) : null,
        actualEndDate: done ? addDays(baselineEnd, -random.int(0, 10)) : null,
        state: p.state,
        createdBy: recorder,
        createdAt: at(created),
        updatedAt: at(addDays(created, 20)),
      })
      .returning({ id: projects.id });
    const id = row!.id;
    ids.push({ id, p, start });
    await db.insert(projectVillages).values({ projectId: id, villageCode: p.village.villageCode });
    if (p.claimants.length)
      await db.insert(projectClaimants).values(
        p.claimants.map((c, i) => ({
          projectId: id,
          personId: c.personId,
          duty: p.milestones[i % p.milestones.length]!,
        })),
      );
    const mix = FUNDING_MIXES[n % FUNDING_MIXES.length]!;
    const shares = mix
      .slice(1)
      .map(([source, share]) => ({ source, amountFen: Math.round(budgetFen * share) }));
    const first = budgetFen - shares.reduce((s, x) => s + x.amountFen, 0);
    await db
      .insert(projectFunding)
      .values([{ source: mix[0]![0], amountFen: first }, ...shares].map((f) => ({ projectId: id, ...f })));
    const path = PATH_TO[p.state];
    await db.insert(projectEvents).values(
      path.map((action, i) => ({
        projectId: id,
        at: at(addDays(created, i * 6)),
        actorUserId: ['approve', 'submit'].includes(action) || action === 'create' ? recorder : staff.county,
        action,
        fromState: i === 0 ? null : STATE_AFTER[path[i - 1]!]!,
        toState: STATE_AFTER[action]!,
      })),
    );
    // milestones over the plan; the baseline as approved, some moved later since, the past ones mostly met
    const owners = [p.leader, ...p.claimants];
    const span = Math.max(30, (Date.parse(baselineEnd) - Date.parse(start)) / 86_400_000);
    const milestones = p.milestones.map((title, i) => {
      const baselineDue = addDays(start, Math.round((span * (i + 1)) / p.milestones.length));
      const slipped = approved && !done && random.chance(0.2);
      const due = slipped ? addDays(baselineDue, random.int(10, 30)) : baselineDue;
      const past = due < today;
      const met = done || (past && REPORTING.includes(p.state) && !random.chance(0.25));
      return {
        projectId: id,
        position: i,
        title,
        deliverable: `${title}的照片和验收单`,
        ownerPersonId: owners[i % owners.length]!.personId,
        startDate: i === 0 ? start : null,
        dueDate: due,
        doneOn: met ? addDays(due, -random.int(0, 6)) : null,
        baselineStart: approved && i === 0 ? start : null,
        baselineDue: approved ? baselineDue : null,
      };
    });
    const inserted = await db.insert(projectMilestones).values(milestones).returning({
      id: projectMilestones.id,
      doneOn: projectMilestones.doneOn,
    });
    if (APPROVED.includes(p.state))
      await db.insert(projectCriteria).values(
        CRITERIA.map((c, i) => ({
          projectId: id,
          position: i,
          measure: c.measure,
          targetValue: i === 0 ? p.quantity : null,
          targetUnit: i === 0 ? p.unit : '按方案',
          weight: c.weight,
          evidenceRequired: c.evidence,
        })),
      );
    if (!REPORTING.includes(p.state) || !recorder) continue;
    // progress: a report per milestone met, then one recent; the latest tied to the leader's logged day
    const reports = inserted.filter((m) => m.doneOn !== null && m.doneOn < today).slice(-2);
    for (const [i, m] of reports.entries())
      await db.insert(projectProgress).values({
        projectId: id,
        milestoneId: m.id,
        text: PROGRESS_TEXTS[(n + i) % PROGRESS_TEXTS.length]!,
        date: m.doneOn!,
        reportedByPersonId: p.leader.personId,
        reportedBy: recorder,
        reportedAt: at(m.doneOn!, 19),
      });
    const [day] = await db
      .select({ id: dutyDays.id, date: dutyDays.date })
      .from(dutyDays)
      .where(and(eq(dutyDays.personId, p.leader.personId), ne(dutyDays.work, '')))
      .orderBy(asc(dutyDays.date))
      .limit(1);
    if (day && p.state === 'in_progress')
      await db.insert(projectProgress).values({
        projectId: id,
        dutyDayId: day.id,
        date: day.date,
        reportedByPersonId: p.leader.personId,
        reportedBy: recorder,
        reportedAt: at(day.date, 21),
      });
  }
  await seedAssessments(db, ids, staff.townships, today);
  await seedDemoProjectSelection(
    db,
    today,
    ids.filter((x) => x.p.state === 'done' || x.p.state === 'in_progress').map((x) => x.id),
  );
  return { projects: ids.length };
}

/** The last quarter's assessment (动态考核) of a few projects under way, by their township. */
async function seedAssessments(
  db: TDb,
  ids: { id: number; p: TDemoProject; start: string }[],
  townships: Map<string, number>,
  today: string,
) {
  const month = Number(today.slice(5, 7));
  const quarter = Math.floor((month - 1) / 3);
  const year = quarter === 0 ? Number(today.slice(0, 4)) - 1 : Number(today.slice(0, 4));
  const q = quarter === 0 ? 4 : quarter;
  const assessed = ids.filter((x) => x.p.state === 'in_progress').filter((_, i) => i % 4 === 0);
  for (const [i, x] of assessed.entries()) {
    const by = townships.get(x.p.village.villageCode.slice(0, 9));
    if (!by) continue;
    const [a] = await db
      .insert(projectAssessments)
      .values({
        projectId: x.id,
        year,
        quarter: q,
        comment: '进度基本符合计划，注意资金公示。',
        assessedBy: by,
      })
      .returning({ id: projectAssessments.id });
    const criteria = await db
      .select({ id: projectCriteria.id, position: projectCriteria.position })
      .from(projectCriteria)
      .where(eq(projectCriteria.projectId, x.id))
      .orderBy(asc(projectCriteria.position));
    await db.insert(projectAssessmentScores).values(
      criteria.map((c) => ({
        assessmentId: a!.id,
        criterionId: c.id,
        score: 60 + ((i * 7 + c.position * 11) % 36),
        comment: c.position === 0 ? '按节点推进' : '',
        evidence: c.position === 0 ? '现场照片 3 张' : '',
      })),
    );
  }
  const done = ids.filter((x) => x.p.state === 'done');
  for (const x of done) {
    const by = townships.values().next().value;
    const [county] = await db
      .select({ id: roleAssignments.userId })
      .from(roleAssignments)
      .where(eq(roleAssignments.role, 'county_admin'))
      .limit(1);
    const accepter = county?.id ?? by;
    if (!accepter) continue;
    await db.insert(projectAcceptances).values({
      projectId: x.id,
      result: 'passed',
      score: 88,
      acceptedOn: addDays(today, -15),
      note: '建设任务全部完成，带动效果明显。',
      acceptedBy: accepter,
    });
  }
}
