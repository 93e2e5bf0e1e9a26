import type { TPoliticalStatus } from '@zhucun/core';
import { partyJoinFor, type TContext } from './context.ts';
import { dateBetween } from './dates.ts';

/** A village committee (村"两委") is elected for five years (村民委员会组织法, 2018); the 2021 round runs to 2026. */
export const COMMITTEE_TERM_YEARS = 5;

type TSeat = { title: string; cpcShare: number; female?: boolean; minAge: number; maxAge: number };

const MONITOR: TSeat = { title: '村监委会主任', cpcShare: 0.6, minAge: 35, maxAge: 62 };
const WOMEN: TSeat = { title: '妇联主席', cpcShare: 0.5, female: true, minAge: 28, maxAge: 55 };
const EXTRA: readonly TSeat[] = [
  { title: '村委委员', cpcShare: 0.4, minAge: 28, maxAge: 60 },
  { title: '党支部委员', cpcShare: 1, minAge: 30, maxAge: 62 },
];

/** The seats of a village's 村"两委": 3–5, the secretary's seat taken by a dispatched secretary when there is one. */
function seatsOf(c: TContext, hasDispatchedSecretary: boolean): TSeat[] {
  const head: TSeat = hasDispatchedSecretary
    ? { title: '村委会主任', cpcShare: 0.7, minAge: 35, maxAge: 60 }
    : { title: '党支部书记、村委会主任', cpcShare: 1, minAge: 38, maxAge: 60 };
  const extras = Array.from({ length: c.rng.int(0, 2) }, () => c.rng.pick(EXTRA));
  return [head, MONITOR, WOMEN, ...extras];
}

/** 村"两委"干部: local members of every village that has a dispatched cadre; elected in the 2021 round (换届). */
export function addVillageCommittees(
  c: TContext,
  villages: readonly string[],
  hasDispatchedSecretary: (villageCode: string) => boolean,
) {
  for (const villageCode of villages) {
    const startDate = dateBetween(c.rng, '2021-01-05', '2021-03-31');
    for (const seat of seatsOf(c, hasDispatchedSecretary(villageCode))) {
      const basics = c.people.basics({
        minAge: seat.minAge,
        maxAge: seat.maxAge,
        onDate: startDate,
        maleShare: seat.female ? 0 : 0.85,
        local: true,
      });
      const politicalStatus: TPoliticalStatus = c.rng.chance(seat.cpcShare) ? 'cpc_member' : 'masses';
      const education = c.people.education(
        [
          ['secondary', 5],
          ['junior_college', 3],
          ['below', 2],
          ['bachelor', 1],
        ],
        0.3,
      );
      c.add(
        {
          ...basics,
          ...education,
          politicalStatus,
          partyJoinDate: partyJoinFor(c, politicalStatus, basics.birthDate, startDate, 1),
          personnelStatus: 'other',
          homeUnit: null,
          homePost: null,
          workStartDate: c.people.workStart(basics.birthDate, education, startDate),
        },
        { villageCode, category: 'village_committee', postTitle: seat.title, unitName: null, startDate },
        COMMITTEE_TERM_YEARS,
      );
    }
  }
}
