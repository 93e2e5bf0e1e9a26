import {
  addDays,
  rulesForComputing,
  type TFourRole,
  type TRequestCategory,
  type TRequestState,
  type TUrgency,
} from '@zhucun/core';
import { and, count, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { TDb } from '../db/client.ts';
import {
  households,
  persons,
  postings,
  requestEvents,
  requests,
  roleAssignments,
  visitHouseholds,
  visits,
} from '../db/schema.ts';
import { deadlinesFrom } from '../modules/requests/requests.register.ts';
import { createNamer } from './demo-registry/names.ts';
import { createRandom } from './demo-registry/random.ts';

/** What villagers asked for in the demo county, by category, with the deed that answered it. */
const NEEDS: readonly (readonly [TRequestCategory, string, string, TFourRole])[] = [
  [
    'infrastructure',
    '村东头路灯坏了三盏，晚上出行不便',
    '协调电工更换路灯，当晚恢复照明',
    'development_guide',
  ],
  ['infrastructure', '巷道积水，雨后进出困难', '组织村民清理排水沟，铺设碎石', 'development_guide'],
  [
    'social_security',
    '老人想办理高龄补贴，不知道要什么材料',
    '代办高龄补贴申请，已录入系统',
    'policy_advocate',
  ],
  ['social_security', '低保年审材料不会填', '上门指导填写，代为提交乡镇', 'policy_advocate'],
  ['medical', '慢性病门诊报销卡丢了', '联系县医保中心补办，送卡上门', 'prosperity_helper'],
  ['education', '孩子上初中想申请寄宿生活补助', '对接学校办理，已纳入补助名单', 'policy_advocate'],
  ['employment', '想外出务工，希望介绍工作', '推荐到县城食品加工厂，已上岗', 'prosperity_helper'],
  ['agriculture', '小米卖不出去，价格太低', '联系收购商上门收购，每斤高出市价一角', 'prosperity_helper'],
  ['land_housing', '危房改造申请进度怎么样了', '查询进度并告知，已列入明年计划', 'policy_advocate'],
  ['dispute', '邻居盖房占了过道，两家有矛盾', '召集双方调解，签订协议退让半米', 'dispute_mediator'],
  ['environment', '村口垃圾点没人清运', '协调保洁员每周清运两次', 'development_guide'],
  ['other', '想学手机上缴医保', '手把手教会操作', 'policy_advocate'],
];

const HEARD = [
  '问家里冬季取暖和用水情况',
  '了解老人看病、吃药情况',
  '问今年收成和销路',
  '听取对村里修路的意见',
];

/**
 * The demo county's villagers' requests (deterministic for a given day): households, night visits in
 * the recent weeks, and requests raised from them in every state — mostly answered and followed up,
 * some in progress, and a few already past their deadlines (escalated one level when the server starts).
 */
export async function seedDemoRequests(db: TDb, today: string): Promise<{ requests: number }> {
  const [existing] = await db.select({ n: count() }).from(requests);
  if (Number(existing?.n ?? 0) > 0) return { requests: 0 };
  const cadres = await db
    .select({ personId: persons.id, userId: persons.userId, village: postings.villageCode })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .where(
      and(
        isNull(postings.actualEndDate),
        ne(postings.category, 'village_committee'),
        eq(postings.isTeamLeader, false),
      ),
    )
    .orderBy(persons.id);
  const admins = new Map(
    (
      await db
        .select({ code: roleAssignments.divisionCode, userId: roleAssignments.userId })
        .from(roleAssignments)
        .where(inArray(roleAssignments.role, ['township_admin', 'county_admin']))
    ).map((r) => [r.code ?? '', r.userId]),
  );
  const random = createRandom(Number(today.replaceAll('-', '')) + 5);
  // the rules a county that changed nothing has: the defaults with each year's public holidays
  const rulesOf = (date: string) => rulesForComputing([], Number(date.slice(0, 4)));
  const nameOf = createNamer(random);
  // every third cadre without a demo account: the demo accounts start with an empty visit list
  const visiting = cadres.filter((c, i) => !c.userId && i % 3 === 0).slice(0, 60);
  let made = 0;
  await db.transaction(async (tx) => {
    for (const c of visiting) {
      const homes = await tx
        .insert(households)
        .values(
          Array.from({ length: 3 }, (_, i) => ({
            villageCode: c.village,
            headName: nameOf(random.chance(0.6) ? 'male' : 'female', random.int(1945, 1985)),
            address: `${i + 1}组 ${random.int(1, 40)} 号`,
            phone: random.chance(0.6) ? `13${random.int(100000000, 999999999)}` : null,
          })),
        )
        .returning({ id: households.id });
      for (let v = 0; v < 2; v++) {
        const daysAgo = made % 40 === 5 ? 35 : random.int(2, 40);
        const date = addDays(today, -daysAgo);
        const hour = random.chance(0.8) ? random.int(18, 21) : random.int(14, 17);
        const [visit] = await tx
          .insert(visits)
          .values({
            personId: c.personId,
            villageCode: c.village,
            visitedAt: new Date(`${date}T${String(hour).padStart(2, '0')}:30:00+08:00`),
            date,
            atNight: hour >= 18,
            attendees: '户主及家人',
            heard: random.pick(HEARD),
          })
          .returning({ id: visits.id });
        const home = homes[v]!;
        await tx.insert(visitHouseholds).values({ visitId: visit!.id, householdId: home.id });
        const [category, description, result, role] = random.pick(NEEDS);
        const urgency: TUrgency = random.chance(0.15) ? 'urgent' : 'normal';
        const { acceptBy, resolveBy } = deadlinesFrom(date, category, urgency, rulesOf(date));
        // older ones are mostly done; a few recent ones were left to run past their deadlines
        // a few were handed up to the county long ago and are still open there: overdue, highlighted
        const stuck = made % 40 === 5;
        const state: TRequestState = stuck
          ? 'in_progress'
          : daysAgo > 20
            ? random.chance(0.85)
              ? 'followed_up'
              : 'resolved'
            : random.pick(['accepted', 'in_progress', 'in_progress', 'registered']);
        const done = state === 'followed_up' || state === 'resolved';
        const resolvedOn = done ? addDays(date, random.int(1, 10)) : null;
        const [request] = await tx
          .insert(requests)
          .values({
            villageCode: c.village,
            category,
            urgency,
            description,
            state,
            ownerLevel: stuck ? 'county' : 'village',
            ownerDivisionCode: stuck ? c.village.slice(0, 6) : c.village,
            ownerName: stuck ? '县住建局' : null,
            source: 'visit',
            visitId: visit!.id,
            householdId: home.id,
            registeredOn: date,
            acceptBy,
            resolveBy,
            result: done ? result : null,
            fourRole: done ? role : null,
            satisfaction:
              state === 'followed_up' ? random.pick(['satisfied', 'satisfied', 'basically_satisfied']) : null,
            resolvedAt: resolvedOn ? new Date(`${resolvedOn}T16:00:00+08:00`) : null,
            createdBy: c.userId,
          })
          .returning({ id: requests.id });
        // each step: action, state reached, level; a stuck one went up twice before the county took it
        const path: [string, TRequestState, string][] = stuck
          ? [
              ['register', 'registered', 'village'],
              ['hand_up', 'registered', 'township'],
              ['hand_up', 'registered', 'county'],
              ['accept', 'accepted', 'county'],
              ['start', 'in_progress', 'county'],
            ]
          : (
              [
                ['register', 'registered', 'village'],
                ['accept', 'accepted', 'village'],
                ['start', 'in_progress', 'village'],
                ['resolve', 'resolved', 'village'],
                ['follow_up', 'followed_up', 'village'],
              ] as [string, TRequestState, string][]
            ).slice(
              0,
              ['registered', 'accepted', 'in_progress', 'resolved', 'followed_up'].indexOf(state) + 1,
            );
        await tx.insert(requestEvents).values(
          path.map(([action, to, level], i) => ({
            requestId: request!.id,
            at: new Date(
              `${addDays(date, i === 0 ? 0 : Math.min(i, 10))}T${i === 0 ? '21' : '10'}:00:00+08:00`,
            ),
            actorKind: action === 'follow_up' ? 'submitter' : 'user',
            // staff steps by the township's (or, at the county, the county's) administrator
            actorUserId:
              action === 'register' || action === 'follow_up'
                ? null
                : (admins.get(level === 'county' ? c.village.slice(0, 6) : c.village.slice(0, 9)) ?? null),
            action,
            fromState: i === 0 ? null : path[i - 1]![1],
            toState: to,
            ownerLevel: level,
            note: action === 'resolve' ? result : action === 'hand_up' ? '需上级协调资金' : null,
          })),
        );
        made++;
      }
    }
  });
  return { requests: made };
}
