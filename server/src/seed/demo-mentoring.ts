import {
  addDays,
  MENTORING_CATEGORIES,
  mentoringIneligibility,
  type TCadreCategory,
  type TEducationLevel,
  type TMentorLevel,
} from '@zhucun/core';
import type { TDb } from '../db/client.ts';
import { findMenteeCandidates, insertPair, insertTalk } from '../modules/mentoring/mentoring.repository.ts';
import { findUserByUsername, insertUser, replaceGrants } from '../modules/users/users.repository.ts';
import { DEMO_MENTORS } from './demo-accounts.ts';

/** Who mentors whom in a township: the first N eligible people (by village and name) at each level. */
type TPlan = {
  township: string;
  admin: string;
  mentors: Record<TMentorLevel, { username: string; first: number }>;
  /** The mentee (by index) whose village mentor left: an ended pair kept as history, and a gap. */
  endedVillagePair: number;
  endedMentor: string;
};

const PLANS: TPlan[] = [
  {
    township: '140622100', // 金城镇: 6 with a county mentor (daoshi), 4 a township one, 3 all three
    admin: 'jincheng',
    mentors: {
      county: { username: 'daoshi', first: 6 },
      township: { username: 'daoshi-jincheng', first: 4 },
      village: { username: 'daoshi-cun', first: 3 },
    },
    endedVillagePair: 3,
    endedMentor: 'daoshi-cun2',
  },
  {
    township: '140622101', // 南河种镇: 4, 3 and 2
    admin: 'nanhezhong',
    mentors: {
      county: { username: 'daoshi-xian', first: 4 },
      township: { username: 'daoshi-nanhezhong', first: 3 },
      village: { username: 'daoshi-cun2', first: 2 },
    },
    endedVillagePair: 2,
    endedMentor: 'daoshi-cun',
  },
];

const TALKS = [
  { days: 21, topic: '到村第一个月的工作打算', notes: '先走访全村农户，摸清产业底数，再谈项目。' },
  { days: 6, topic: '大棚蔬菜项目的销路', notes: '建议对接县里的冷链物流，先与合作社签订收购意向。' },
];

/**
 * The demo county's mentoring pairs (结对帮带): the mentor accounts (role `mentor`, password as every
 * demo account) and pairs for some eligible graduates of two townships, dated before `today`, with a
 * few talks and one ended pair; the other eligible people stay as gaps. Skipped when present.
 */
export async function seedDemoMentoring(db: TDb, countyCode: string, passwordHash: string, today: string) {
  if (await findUserByUsername(db, DEMO_MENTORS[0]!.username)) return;
  const ids = new Map<string, number>();
  for (const m of DEMO_MENTORS) {
    const user = await insertUser(db, {
      username: m.username,
      displayName: m.displayName,
      passwordHash,
      mustChangePassword: false,
      isDemo: true,
    });
    await replaceGrants(db, user.id, [{ role: 'mentor', divisionCode: countyCode }]);
    ids.set(m.username, user.id);
  }
  const county = await findUserByUsername(db, 'admin');
  for (const plan of PLANS.filter((p) => p.township.startsWith(countyCode))) {
    const township = await findUserByUsername(db, plan.admin);
    if (!county || !township) continue;
    const eligible = (
      await findMenteeCandidates(db, { all: false, codes: [plan.township] }, {}, MENTORING_CATEGORIES)
    ).filter(
      (c) =>
        mentoringIneligibility(
          {
            category: c.posting.category as TCadreCategory,
            birthDate: c.person.birthDate,
            educationLevel: c.person.educationLevel as TEducationLevel,
            fullTimeEducation: c.person.fullTimeEducation,
          },
          today,
        ).length === 0,
    );
    for (const [index, mentee] of eligible.entries()) {
      // paired some months ago, never before the posting began
      const start = [mentee.posting.startDate, addDays(today, -150)].sort()[1]!;
      for (const level of ['county', 'township', 'village'] as const) {
        const { username, first } = plan.mentors[level];
        const createdBy = level === 'county' ? county.id : township.id;
        const mentorUserId = ids.get(username)!;
        const base = { personId: mentee.person.id, level, mentorUserId, createdBy };
        if (level === 'village' && index === plan.endedVillagePair) {
          const end = [start, addDays(today, -40)].sort()[1]!;
          await insertPair(db, {
            ...base,
            mentorUserId: ids.get(plan.endedMentor)!,
            startDate: start,
            endDate: end,
            endReason: 'mentor_changed',
            endNote: '原导师调任其他村',
            endedBy: township.id,
            endedAt: new Date(`${end}T09:00:00+08:00`),
          });
        }
        if (index >= first) continue;
        const pair = await insertPair(db, { ...base, startDate: start });
        if (level !== 'county' || index > 1) continue;
        for (const talk of TALKS) {
          const date = [start, addDays(today, -talk.days)].sort()[1]!;
          await insertTalk(db, {
            pairId: pair.id,
            date,
            topic: talk.topic,
            notes: talk.notes,
            recordedBy: mentorUserId,
            recordedAt: new Date(`${date}T20:00:00+08:00`),
          });
        }
      }
    }
  }
}
