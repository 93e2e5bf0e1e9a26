import { addDays } from '@zhucun/core';
import { and, eq, inArray, isNotNull, isNull, like } from 'drizzle-orm';
import type { TDb } from '../db/client.ts';
import { divisions, persons, postings, taskAssignments, taskReports, tasks, users } from '../db/schema.ts';

/**
 * Demo county's task list (任务清单): a handful of tasks from the county and from 金城镇, dated relative
 * to the seeding day, in every state (open, done on time, done late, overdue), some held by the demo
 * cadres `shuji` and `daxuesheng`. Only what the API would write; overdue notices are left to the job.
 */

type THolder = {
  assigneeKind: 'township' | 'village' | 'person';
  divisionCode: string;
  personId: number | null;
};
type TOutcome = 'open' | 'done' | 'late';
type TDemoTask = {
  title: string;
  description: string;
  evidenceRequired: string;
  priority: 'high' | 'normal' | 'low';
  assigner: 'county' | 'township';
  targetKind: 'township' | 'village' | 'person' | 'category';
  category?: string;
  /** Days from the seeding day to the deadline (negative: already past). */
  dueIn: number;
  holders: THolder[];
  /** What became of the i-th holder. */
  outcome: (i: number, h: THolder) => TOutcome;
  evidence: string;
};

async function userIdOf(db: TDb, username: string): Promise<number | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row?.id ?? null;
}

async function postedPersonOf(db: TDb, username: string) {
  const [row] = await db
    .select({ personId: persons.id, villageCode: postings.villageCode, userId: persons.userId })
    .from(users)
    .innerJoin(persons, eq(persons.userId, users.id))
    .innerJoin(postings, and(eq(postings.personId, persons.id), isNull(postings.actualEndDate)))
    .where(eq(users.username, username));
  return row;
}

/** Seeds the demo tasks once (skipped when any task exists). */
export async function seedDemoTasks(db: TDb, today: string, countyCode: string): Promise<void> {
  const [existing] = await db.select({ id: tasks.id }).from(tasks).limit(1);
  if (existing) return;
  const admin = await userIdOf(db, 'admin');
  const jincheng = await userIdOf(db, 'jincheng');
  const shuji = await postedPersonOf(db, 'shuji');
  const daxuesheng = await postedPersonOf(db, 'daxuesheng');
  if (!admin || !jincheng) return;
  const township = '140622100';
  const townships = await db
    .select({ code: divisions.code })
    .from(divisions)
    .where(and(eq(divisions.level, 'township'), like(divisions.code, `${countyCode}%`)))
    .orderBy(divisions.code);
  const villages = await db
    .select({ code: divisions.code })
    .from(divisions)
    .where(and(eq(divisions.level, 'village'), like(divisions.code, `${township}%`)))
    .orderBy(divisions.code);
  const firstSecretaries = await db
    .selectDistinct({ personId: postings.personId, villageCode: postings.villageCode })
    .from(postings)
    .where(and(eq(postings.category, 'first_secretary'), isNull(postings.actualEndDate)));
  const accounts = await db
    .select({ villageCode: postings.villageCode, personId: persons.id, userId: persons.userId })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .where(
      and(
        isNull(postings.actualEndDate),
        isNotNull(persons.userId),
        inArray(
          postings.villageCode,
          villages.map((v) => v.code),
        ),
      ),
    );
  const village = (code: string): THolder => ({
    assigneeKind: 'village',
    divisionCode: code,
    personId: null,
  });
  const people = [shuji, daxuesheng].flatMap((p) =>
    p ? [{ assigneeKind: 'person' as const, divisionCode: p.villageCode, personId: p.personId }] : [],
  );
  const mine = (h: THolder) => h.divisionCode === shuji?.villageCode || h.personId === shuji?.personId;

  const plan: TDemoTask[] = [
    {
      title: '冬季防火安全隐患排查',
      description: '组织对辖区村（社区）开展冬季防火安全隐患排查，建立问题台账并限期整改。',
      evidenceRequired: '排查台账和整改照片',
      priority: 'high',
      assigner: 'county',
      targetKind: 'township',
      dueIn: 10,
      holders: townships.map((t) => ({ assigneeKind: 'township', divisionCode: t.code, personId: null })),
      outcome: (i) => (i % 3 === 0 ? 'done' : 'open'),
      evidence: '已完成排查，建立隐患台账 12 条，已整改 10 条',
    },
    {
      title: '报送驻村工作队季度工作总结',
      description: '各驻村第一书记报送本季度驻村工作总结，重点写清帮扶项目进展和下季度计划。',
      evidenceRequired: '工作总结（文字）',
      priority: 'normal',
      assigner: 'county',
      targetKind: 'category',
      category: 'first_secretary',
      dueIn: -5,
      holders: firstSecretaries.map((p) => ({
        assigneeKind: 'person',
        divisionCode: p.villageCode,
        personId: p.personId,
      })),
      outcome: (i) => (i % 4 === 0 ? 'open' : i % 4 === 1 ? 'late' : 'done'),
      evidence: '季度工作总结已报送',
    },
    {
      title: '人居环境整治：清理村道和房前屋后垃圾',
      description: '组织党员和村民清理村内道路、房前屋后和沟渠垃圾，做到日产日清。',
      evidenceRequired: '整治前后照片各一张',
      priority: 'normal',
      assigner: 'township',
      targetKind: 'village',
      dueIn: 7,
      holders: villages.map((v) => village(v.code)),
      outcome: (i, h) => (mine(h) ? 'open' : i % 3 === 1 ? 'done' : 'open'),
      evidence: '村道垃圾已清运完毕',
    },
    {
      title: '走访脱贫监测户并登记收入变化',
      description: '入户走访本村脱贫监测户，登记今年收入变化和帮扶需求。',
      evidenceRequired: '走访记录',
      priority: 'high',
      assigner: 'township',
      targetKind: 'person',
      dueIn: -3,
      holders: people,
      outcome: (_, h) => (h.personId === shuji?.personId ? 'open' : 'done'),
      evidence: '已走访 8 户监测户，收入变化已登记',
    },
    {
      title: '冬季取暖安全入户宣传',
      description: '入户宣传煤改电、煤改气取暖安全知识，发放一氧化碳报警器。',
      evidenceRequired: '宣传照片或签收表',
      priority: 'low',
      assigner: 'township',
      targetKind: 'village',
      dueIn: -10,
      holders: villages.slice(0, 8).map((v) => village(v.code)),
      outcome: (i, h) => (mine(h) ? 'done' : i % 4 === 3 ? 'open' : i % 4 === 2 ? 'late' : 'done'),
      evidence: '已入户宣传，报警器全部发放到户',
    },
  ];

  for (const [n, p] of plan.entries()) {
    if (p.holders.length === 0) continue;
    const deadline = addDays(today, p.dueIn);
    const createdAt = new Date(`${addDays(deadline, -20 - n)}T09:00:00+08:00`);
    const [task] = await db
      .insert(tasks)
      .values({
        title: p.title,
        description: p.description,
        deadline,
        evidenceRequired: p.evidenceRequired,
        priority: p.priority,
        assignerCode: p.assigner === 'county' ? countyCode : township,
        targetKind: p.targetKind,
        category: p.category ?? null,
        createdBy: p.assigner === 'county' ? admin : jincheng,
        createdAt,
      })
      .returning({ id: tasks.id });
    for (const [i, h] of p.holders.entries()) {
      const outcome = p.outcome(i, h);
      const doneOn =
        outcome === 'done' ? addDays(deadline, -2) : outcome === 'late' ? addDays(deadline, 2) : null;
      const closed = doneOn !== null && doneOn <= today ? doneOn : null;
      const reporter =
        h.assigneeKind === 'township'
          ? jincheng
          : (accounts.find((a) => (h.personId ? a.personId === h.personId : a.villageCode === h.divisionCode))
              ?.userId ?? null);
      const done = closed !== null && reporter !== null;
      const [a] = await db
        .insert(taskAssignments)
        .values({
          taskId: task!.id,
          ...h,
          state: done ? 'done' : 'open',
          percent: done ? 100 : i % 2 === 0 ? 30 : null,
          note: done ? '' : i % 2 === 0 ? '正在推进' : '',
          evidence: done ? p.evidence : '',
          doneOn: done ? closed : null,
          doneBy: done ? reporter : null,
          updatedAt: createdAt,
        })
        .returning({ id: taskAssignments.id });
      if (done)
        await db.insert(taskReports).values({
          assignmentId: a!.id,
          date: closed!,
          percent: 100,
          done: true,
          evidence: p.evidence,
          reportedBy: reporter!,
          reportedAt: new Date(`${closed}T18:00:00+08:00`),
        });
    }
  }
}
