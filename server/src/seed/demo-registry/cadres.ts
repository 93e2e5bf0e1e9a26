import { addYears, fullYearsBetween, type TPoliticalStatus } from '@zhucun/core';
import { partyJoinFor, startDateOf, type TContext } from './context.ts';
import { homePostFor, personnelStatusFor } from './posts.ts';
import { RURAL_REVITALISATION_BUREAU, type TUnitSpec } from './units.ts';

/** 机关事业单位干部到村任党组织书记: agency and institution cadres of the county, aged about 28–50. */
export function addPartySecretaries(c: TContext, villages: readonly string[], units: readonly TUnitSpec[]) {
  const pool = c.rng.shuffle(units);
  villages.forEach((villageCode, i) => {
    const unit = pool[i % pool.length]!;
    const startDate = startDateOf(c.rng, 0.8, ['2021-06-01', '2021-09-30'], ['2022-03-01', '2022-07-31']);
    const basics = c.people.basics({
      minAge: 28,
      maxAge: 50,
      onDate: startDate,
      maleShare: 0.8,
      local: c.rng.chance(0.75),
    });
    const education = c.people.education(
      [
        ['bachelor', 7],
        ['master', 1],
        ['junior_college', 2],
      ],
      0.25,
    );
    const personnelStatus = personnelStatusFor(c.rng, unit, true);
    c.add(
      {
        ...basics,
        ...education,
        politicalStatus: 'cpc_member',
        partyJoinDate: c.people.partyJoin(basics.birthDate, startDate, 2),
        personnelStatus,
        homeUnit: unit.name,
        homePost: homePostFor(c.rng, unit, personnelStatus, fullYearsBetween(basics.birthDate, startDate)),
        workStartDate: c.people.workStart(basics.birthDate, education, addYears(startDate, -3)),
      },
      { villageCode, category: 'party_secretary', postTitle: '党支部书记', unitName: unit.name, startDate },
    );
  });
}

const GRADUATE_POLITICS: (readonly [TPoliticalStatus, number])[] = [
  ['cpc_member', 30],
  ['cpc_probationary', 10],
  ['cyl_member', 45],
  ['masses', 15],
];

/** 到村任职大学生: young graduates (22–32), some employed through the rural revitalisation bureau. */
export function addGraduateOfficials(c: TContext, villages: readonly string[]) {
  for (const villageCode of villages) {
    const startDate = startDateOf(c.rng, 0.55, ['2021-07-15', '2021-10-31'], ['2022-07-01', '2022-08-20']);
    const basics = c.people.basics({
      minAge: 22,
      maxAge: 32,
      onDate: startDate,
      maleShare: 0.55,
      local: c.rng.chance(0.6),
    });
    const age = fullYearsBetween(basics.birthDate, startDate);
    const education = c.people.education(
      [
        ['bachelor', 85],
        ['junior_college', 10],
        ['master', age >= 25 ? 5 : 0],
      ],
      0.05,
    );
    const politicalStatus = c.rng.weighted(GRADUATE_POLITICS);
    const viaBureau = c.rng.chance(0.2);
    const postTitle =
      politicalStatus === 'cpc_member' && c.rng.chance(0.5)
        ? '党支部副书记'
        : c.rng.weighted([
            ['村委会主任助理', 6],
            ['村委委员', 4],
          ] as const);
    c.add(
      {
        ...basics,
        ...education,
        politicalStatus,
        partyJoinDate: partyJoinFor(c, politicalStatus, basics.birthDate, startDate, 1),
        personnelStatus: viaBureau ? 'institution_staff' : 'other',
        homeUnit: viaBureau ? RURAL_REVITALISATION_BUREAU : null,
        homePost: viaBureau ? '乡村振兴专干' : null,
        workStartDate: age <= 24 ? startDate : c.people.workStart(basics.birthDate, education, startDate),
      },
      {
        villageCode,
        category: 'graduate_official',
        postTitle,
        unitName: viaBureau ? RURAL_REVITALISATION_BUREAU : null,
        startDate,
      },
    );
  }
}

/** 选调生到村任大学生村官: civil-service selectees (23–28), full-time bachelor's or master's, on a township's books. */
export function addSelectedGraduates(
  c: TContext,
  villages: readonly string[],
  townshipNameOf: (villageCode: string) => string,
) {
  for (const villageCode of villages) {
    const startDate = startDateOf(c.rng, 0.5, ['2021-08-01', '2021-09-15'], ['2022-08-01', '2022-08-20']);
    const master = c.rng.chance(0.35);
    const basics = master
      ? c.people.basics({
          minAge: 25,
          maxAge: 28,
          onDate: startDate,
          maleShare: 0.5,
          local: c.rng.chance(0.5),
        })
      : c.people.basics({
          minAge: 23,
          maxAge: 26,
          onDate: startDate,
          maleShare: 0.5,
          local: c.rng.chance(0.5),
        });
    const education = c.people.education([[master ? 'master' : 'bachelor', 1]]);
    const politicalStatus: TPoliticalStatus = c.rng.chance(0.85) ? 'cpc_member' : 'cpc_probationary';
    c.add(
      {
        ...basics,
        ...education,
        politicalStatus,
        partyJoinDate: partyJoinFor(c, politicalStatus, basics.birthDate, startDate, 1),
        personnelStatus: 'civil_servant',
        homeUnit: `${townshipNameOf(villageCode)}人民政府`,
        homePost: '科员',
        workStartDate: startDate,
      },
      { villageCode, category: 'selected_graduate', postTitle: '大学生村官', unitName: null, startDate },
    );
  }
}
