import { rankNominations } from '@zhucun/core';
import { asc, eq, inArray } from 'drizzle-orm';
import type { TDb } from '../db/client.ts';
import {
  projectAwards,
  projectNominations,
  projectPanelMembers,
  projectPanelScores,
  projectSelectionQuotas,
  projectSelections,
  projects,
  roleAssignments,
  users,
} from '../db/schema.ts';

/** The panel of last year's selection: demo accounts, with the township each belongs to. */
const PANEL: { username: string; township: string | null }[] = [
  { username: 'admin', township: null },
  { username: 'viewer', township: null },
  { username: 'daoshi', township: null },
  { username: 'daoshi-xian', township: null },
  { username: 'daoshi-jincheng', township: '140622100' },
];

const CASES = [
  {
    practice:
      '村党组织书记领办，村集体以闲置土地入股，驻村工作队对接县农业农村局落实衔接资金；村“两委”干部分片认领大棚建设和农户培训，每周在村务公开栏公布进度。',
    results: '建成大棚并全部投产，带动脱贫户务工增收，村集体经济收入比上年增加一倍。',
  },
  {
    practice:
      '依托县冷链物流企业，以“合作社＋农户＋企业”模式统一收购、分级、冷藏，解决了农产品集中上市卖难的问题。',
    results: '错峰销售使农产品均价提高两成，周边村农户一并受益。',
  },
];

/**
 * Last year's 优秀创新项目评选, confirmed: quotas of every township holding a candidate, two
 * nominations from each of three townships, five panel members who never scored their own township's
 * projects, the public notice in the past, and the two awarded projects with their case pages.
 */
export async function seedDemoProjectSelection(
  db: TDb,
  today: string,
  candidateIds: number[],
): Promise<void> {
  const year = Number(today.slice(0, 4)) - 1;
  if (candidateIds.length < 6) return;
  const panel = await db
    .select({ id: users.id, username: users.username, name: users.displayName })
    .from(users)
    .where(
      inArray(
        users.username,
        PANEL.map((p) => p.username),
      ),
    );
  const [county] = await db
    .select({ id: roleAssignments.userId })
    .from(roleAssignments)
    .where(eq(roleAssignments.role, 'county_admin'))
    .limit(1);
  if (!county || panel.length < 3) return;
  const candidates = await db
    .select({ id: projects.id, township: projects.townshipCode })
    .from(projects)
    .where(inArray(projects.id, candidateIds))
    .orderBy(asc(projects.id));
  const townships = [...new Set(candidates.map((c) => c.township))].sort().slice(0, 3);
  const nominated = townships.flatMap((t) => candidates.filter((c) => c.township === t).slice(0, 2));
  const [selection] = await db
    .insert(projectSelections)
    .values({
      year,
      state: 'confirmed',
      awardCount: 2,
      nominationsCloseOn: `${year}-11-15`,
      noticeStart: `${year}-12-01`,
      noticeEnd: `${year}-12-07`,
      confirmedAt: new Date(`${year}-12-10T10:00:00+08:00`),
      confirmedBy: county.id,
      createdBy: county.id,
      createdAt: new Date(`${year}-10-08T09:00:00+08:00`),
    })
    .returning({ id: projectSelections.id });
  const selectionId = selection!.id;
  await db
    .insert(projectSelectionQuotas)
    .values(townships.map((townshipCode) => ({ selectionId, townshipCode, quota: 2 })));
  const nominations = await db
    .insert(projectNominations)
    .values(
      nominated.map((c) => ({
        selectionId,
        projectId: c.id,
        townshipCode: c.township,
        reason: '群众认可度高，带动增收效果明显，做法可复制推广。',
        nominatedBy: county.id,
        nominatedAt: new Date(`${year}-11-10T10:00:00+08:00`),
      })),
    )
    .returning({
      id: projectNominations.id,
      projectId: projectNominations.projectId,
      township: projectNominations.townshipCode,
    });
  const members = await db
    .insert(projectPanelMembers)
    .values(
      panel.map((u) => ({
        selectionId,
        userId: u.id,
        name: u.name,
        townshipCode: PANEL.find((p) => p.username === u.username)?.township ?? null,
      })),
    )
    .returning({ id: projectPanelMembers.id, township: projectPanelMembers.townshipCode });
  const scores: { panelMemberId: number; nominationId: number; score: number; scoredAt: Date }[] = [];
  for (const [i, n] of nominations.entries())
    for (const [j, m] of members.entries()) {
      if (m.township === n.township) continue; // never one's own township
      scores.push({
        panelMemberId: m.id,
        nominationId: n.id,
        score: 95 - i * 3 - ((i + j) % 3) * 2,
        scoredAt: new Date(`${year}-11-25T15:00:00+08:00`),
      });
    }
  await db.insert(projectPanelScores).values(scores);
  const ranked = rankNominations(
    nominations.map((n) => ({
      projectId: n.projectId,
      nominationId: n.id,
      scores: scores.filter((s) => s.nominationId === n.id).map((s) => s.score),
    })),
  );
  for (const [i, r] of ranked.slice(0, 2).entries())
    await db.insert(projectAwards).values({
      selectionId,
      nominationId: r.nominationId,
      projectId: r.projectId,
      score: r.combined.score,
      casePractice: CASES[i]!.practice,
      caseResults: CASES[i]!.results,
      confirmedBy: county.id,
      confirmedAt: new Date(`${year}-12-10T10:00:00+08:00`),
    });
}
