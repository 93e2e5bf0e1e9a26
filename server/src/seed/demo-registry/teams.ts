import { addYears, fullYearsBetween, MIN_TEAM_SIZE, type TPoliticalStatus } from '@zhucun/core';
import { partyJoinFor, startDateOf, type TContext } from './context.ts';
import { addDays } from './dates.ts';
import { homePostFor, personnelStatusFor } from './posts.ts';
import type { TUnitSpec } from './units.ts';

const MEMBER_POLITICS: (readonly [TPoliticalStatus, number])[] = [
  ['cpc_member', 55],
  ['cpc_probationary', 5],
  ['cyl_member', 10],
  ['democratic_party', 3],
  ['masses', 27],
];

/** Team sizes: three each, the people left over (171 − 56 × 3) as a fourth member of the first teams. */
export function teamSizes(teams: number, people: number): number[] {
  const extra = people - teams * MIN_TEAM_SIZE;
  return Array.from({ length: teams }, (_, i) => MIN_TEAM_SIZE + (i < extra ? 1 : 0));
}

function addFirstSecretary(
  c: TContext,
  villageCode: string,
  unit: TUnitSpec,
  startDate: string,
  newMember: boolean,
) {
  const local = unit.level === 'county' ? c.rng.chance(0.75) : c.rng.chance(0.3);
  const basics = c.people.basics({ minAge: 30, maxAge: 52, onDate: startDate, maleShare: 0.85, local });
  const education = c.people.education(
    [
      ['bachelor', 6],
      ['master', 2],
      ['junior_college', 2],
    ],
    0.2,
  );
  const personnelStatus = personnelStatusFor(c.rng, unit);
  c.add(
    {
      ...basics,
      ...education,
      // A first secretary should have a year of Party membership: the one who does not shows the warning.
      politicalStatus: newMember ? 'cpc_probationary' : 'cpc_member',
      partyJoinDate: newMember
        ? addDays(startDate, -c.rng.int(120, 250))
        : c.people.partyJoin(basics.birthDate, startDate, 2),
      personnelStatus,
      homeUnit: unit.name,
      homePost: homePostFor(c.rng, unit, personnelStatus, fullYearsBetween(basics.birthDate, startDate)),
      workStartDate: c.people.workStart(basics.birthDate, education, addYears(startDate, -3)),
    },
    { villageCode, category: 'first_secretary', postTitle: '驻村第一书记', unitName: unit.name, startDate },
  );
}

function addMember(c: TContext, villageCode: string, unit: TUnitSpec, startDate: string) {
  const basics = c.people.basics({
    minAge: 24,
    maxAge: 55,
    onDate: startDate,
    maleShare: 0.65,
    local: c.rng.chance(0.7),
  });
  const age = fullYearsBetween(basics.birthDate, startDate);
  const drawn = c.rng.weighted(MEMBER_POLITICS);
  const politicalStatus: TPoliticalStatus = drawn === 'cyl_member' && age > 28 ? 'masses' : drawn;
  const education = c.people.education(
    [
      ['bachelor', 6],
      ['junior_college', 3],
      ['master', 1],
    ],
    0.15,
  );
  const personnelStatus = personnelStatusFor(c.rng, unit);
  c.add(
    {
      ...basics,
      ...education,
      politicalStatus,
      partyJoinDate: partyJoinFor(c, politicalStatus, basics.birthDate, startDate, 1),
      personnelStatus,
      homeUnit: unit.name,
      homePost: homePostFor(c.rng, unit, personnelStatus, age),
      workStartDate: c.people.workStart(basics.birthDate, education, addYears(startDate, -1)),
    },
    { villageCode, category: 'team_member', postTitle: '驻村工作队员', unitName: unit.name, startDate },
  );
}

/**
 * 驻村工作队: one team per village, led by its first secretary, its people from one or two units.
 * Exactly one first secretary (of team `newMemberTeam`) has under a year of Party membership.
 */
export function addWorkTeams(
  c: TContext,
  villages: readonly string[],
  units: readonly TUnitSpec[],
  people: number,
  newMemberTeam: number,
) {
  const pool = c.rng.shuffle(units);
  const sizes = c.rng.shuffle(teamSizes(villages.length, people));
  villages.forEach((villageCode, i) => {
    const lead = pool[i % pool.length]!;
    const partner = c.rng.chance(0.35) ? pool[(i + 17) % pool.length]! : lead;
    const startDate = startDateOf(c.rng, 0.9, ['2021-05-20', '2021-08-31'], ['2022-03-01', '2022-07-31']);
    addFirstSecretary(c, villageCode, lead, startDate, i === newMemberTeam);
    for (let m = 1; m < sizes[i]!; m++) addMember(c, villageCode, m === 1 ? lead : partner, startDate);
  });
}
