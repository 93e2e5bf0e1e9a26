import { addDays, type TDutyListItem, type TDutyListPost } from '@zhucun/core';
import { asc, count, eq } from 'drizzle-orm';
import type { TDb } from '../db/client.ts';
import { dutyListVersions, roleAssignments } from '../db/schema.ts';

/**
 * The demo county's duty lists (岗位职责清单): one published version per post, worded after the
 * bulletin (五天四夜, 工作日志, 夜访, 项目化帮扶, 抓党建促基层治理, 整改 …) and the national rules on
 * first secretaries (建强村党组织、推进强村富民、提升治理水平、为民办事服务). The first secretary's
 * list has two versions, so its history shows a revision.
 */

const h = (wording: string): TDutyListItem => ({ kind: 'heading', wording });
const d = (wording: string): TDutyListItem => ({ kind: 'duty', wording });

/** What every stationed cadre keeps, whatever the post (专职化履职). */
const FULL_TIME: TDutyListItem[] = [
  h('专职化履职'),
  d('落实“五天四夜”驻村办公制度，离村须按规定请假或报备公务外出，按时参加“三晋先锋”视频会议和点名。'),
  d('坚持“一人一册、一日一记”，如实记录每天的工作开展、组织活动和作用发挥情况。'),
  d('落实“白天办事、晚上听事”夜访制度，入户走访，收集群众诉求，登记在册、跟踪办结、回访群众。'),
  d('遵守履职行为负面清单，按时完成任务清单上的各项任务。'),
];

const FIRST_SECRETARY_V1: TDutyListItem[] = [
  h('建强村党组织'),
  d('推动落实“三会一课”、主题党日等组织生活制度，帮助村党组织加强党员教育管理。'),
  d('抓党建促基层治理能力提升，帮助村“两委”健全议事决策和村务公开制度。'),
  h('推进强村富民'),
  d('落实防止返贫动态监测和帮扶，巩固拓展脱贫攻坚成果同乡村振兴有效衔接。'),
  d('实行项目化帮扶，至少认领一个帮扶项目，定目标、定责任、定时限，挂图作战。'),
  d('发展壮大村集体经济，组织脱贫劳动力外出务工，促进脱贫群众增收。'),
  h('提升治理水平'),
  d('当好矛盾调解员，及时化解邻里、土地等矛盾纠纷，维护村内和谐稳定。'),
  h('为民办事服务'),
  d('深化“我为群众办实事”活动，力所能及帮扶解决群众急难愁盼问题。'),
  ...FULL_TIME,
];

/** The revision: the rectification duty (国考反馈问题整改) and the team's leadership added. */
const FIRST_SECRETARY_V2: TDutyListItem[] = [
  ...FIRST_SECRETARY_V1.slice(0, 3),
  d('结对帮带村里年轻干部和到村任职大学生，培养村级后备力量。'),
  ...FIRST_SECRETARY_V1.slice(3, 8),
  d('牵头落实本村国考反馈问题整改任务，按时报送整改进展，做到按期销号。'),
  ...FIRST_SECRETARY_V1.slice(8),
  d('带领驻村工作队落实岗位职责清单，每月召开一次工作队例会，分配任务、督促落实。'),
];

const PARTY_SECRETARY: TDutyListItem[] = [
  h('抓党建'),
  d('主持村党组织全面工作，履行抓基层党建第一责任人职责，落实“三会一课”制度。'),
  d('抓党建促基层治理能力提升，落实“四议两公开”，推进村务、财务公开。'),
  h('抓项目'),
  d('按照“一村一示范”，至少领办一个典型示范项目，定目标、定责任、定时限，挂图作战。'),
  d('组织驻村干部和村“两委”干部认领项目，做到人人都有“责任田”。'),
  d('对照“一项目一标准”抓好项目实施，按季度接受乡镇评估、配合县级验收。'),
  h('抓整改'),
  d('牵头落实国考反馈问题整改，建立本村问题、任务、责任清单，逐项整改销号。'),
  ...FULL_TIME,
];

const GRADUATE_OFFICIAL: TDutyListItem[] = [
  h('协助村务党务'),
  d('协助村党组织书记做好党务、村务工作，负责党员信息、村级档案和信息化台账的整理更新。'),
  d('当好政策宣传员，向群众宣讲惠农政策和乡村振兴政策，帮助群众办理线上事务。'),
  h('项目与成长'),
  d('认领至少一个帮扶项目，按计划报告进展，在结对帮带导师指导下提升本领。'),
  d('参与防止返贫动态监测，协助做好脱贫户、监测户的走访和信息核实。'),
  ...FULL_TIME,
];

const SELECTED_GRADUATE: TDutyListItem[] = [
  h('履行村官职责'),
  d('在村党组织领导下开展工作，协助抓好党建、村务和乡村建设等重点工作。'),
  d('深入调查研究，每年围绕本村发展形成一篇调研报告。'),
  h('项目化帮扶'),
  d('领办或认领一个帮扶项目，做到定目标、定责任、定时限，接受结对帮带导师指导。'),
  d('当好发展指导员和致富帮扶员，帮助群众发展特色种养、对接务工岗位。'),
  ...FULL_TIME,
];

const TEAM_MEMBER: TDutyListItem[] = [
  h('工作队职责'),
  d('在驻村第一书记带领下开展工作，完成工作队分配的任务，参加工作队例会。'),
  d('协助落实防止返贫动态监测和帮扶，掌握包联农户的家庭、收入和就业情况。'),
  d('认领至少一个帮扶项目，人人都有“责任田”，按计划推进并报告进展。'),
  d('协助村“两委”落实国考反馈问题整改任务，收集整改佐证材料。'),
  d('当好政策宣传员和矛盾调解员，宣传惠民政策，参与调解矛盾纠纷。'),
  ...FULL_TIME,
];

/** Each post's versions: the lines, how many days before the seeding day it took effect, the note. */
const PLAN: {
  category: TDutyListPost;
  versions: { items: TDutyListItem[]; daysAgo: number; note: string }[];
}[] = [
  { category: 'party_secretary', versions: [{ items: PARTY_SECRETARY, daysAgo: 300, note: '首次发布' }] },
  { category: 'graduate_official', versions: [{ items: GRADUATE_OFFICIAL, daysAgo: 300, note: '首次发布' }] },
  { category: 'selected_graduate', versions: [{ items: SELECTED_GRADUATE, daysAgo: 300, note: '首次发布' }] },
  {
    category: 'first_secretary',
    versions: [
      { items: FIRST_SECRETARY_V1, daysAgo: 300, note: '首次发布' },
      { items: FIRST_SECRETARY_V2, daysAgo: 45, note: '增加国考反馈问题整改、结对帮带和带领工作队的职责' },
    ],
  },
  { category: 'team_member', versions: [{ items: TEAM_MEMBER, daysAgo: 300, note: '首次发布' }] },
];

/** Seeds the five lists once, published by the county's administrator, dated before `today`. */
export async function seedDemoDutyLists(db: TDb, today: string): Promise<{ versions: number }> {
  const [existing] = await db.select({ n: count() }).from(dutyListVersions);
  if (Number(existing?.n ?? 0) > 0) return { versions: 0 };
  const [county] = await db
    .select({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(eq(roleAssignments.role, 'county_admin'))
    .orderBy(asc(roleAssignments.userId))
    .limit(1);
  if (!county) return { versions: 0 };
  let versions = 0;
  for (const { category, versions: list } of PLAN)
    for (const [i, v] of list.entries()) {
      const effectiveFrom = addDays(today, -v.daysAgo);
      // published a week before it took effect
      const at = new Date(`${addDays(effectiveFrom, -7)}T02:00:00Z`);
      await db.insert(dutyListVersions).values({
        category,
        status: 'published',
        versionNo: i + 1,
        effectiveFrom,
        items: v.items,
        note: v.note,
        createdBy: county.userId,
        createdAt: at,
        updatedBy: county.userId,
        updatedAt: at,
        publishedBy: county.userId,
        publishedAt: at,
      });
      versions += 1;
    }
  return { versions };
}
