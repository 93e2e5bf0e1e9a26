import { addGraduateOfficials, addPartySecretaries, addSelectedGraduates } from './cadres.ts';
import { addVillageCommittees } from './committee.ts';
import { createContext } from './context.ts';
import { dateDemoRegistry } from './dating.ts';
import { createPeople } from './people.ts';
import { createRandom, DEMO_SEED } from './random.ts';
import { addWorkTeams } from './teams.ts';
import type { TDemoDivision, TDemoRegistry, TDemoUnit } from './types.ts';
import { isAgencyOrInstitution, UNIT_SPECS } from './units.ts';
import { spreadVillages, townshipsOf } from './villages.ts';

/** The numbers of the bulletin (山西省乡村振兴简报 2022 年第 22 期) the demo county reproduces. */
export const BULLETIN_COUNTS = {
  partySecretaries: 76,
  graduateOfficials: 73,
  selectedGraduates: 17,
  teams: 56,
  teamPeople: 171,
} as const;

/**
 * The demo county's registry, the same on every run (seeded PRNG): units, persons and one active
 * posting each, as of the bulletin (August 2022), or, given the day it is seeded, moved to that day
 * (`dateDemoRegistry`). Pure; `seedDemoRegistry` writes it to the database.
 */
export function buildDemoRegistry(
  countyDivisions: readonly TDemoDivision[],
  seededOn?: string,
): TDemoRegistry {
  const rng = createRandom(DEMO_SEED);
  const people = createPeople(rng);
  const units: TDemoUnit[] = UNIT_SPECS.map((u) => ({
    ...u,
    contactName: people.name(rng.chance(0.6) ? 'male' : 'female', rng.int(1970, 1992)),
    contactPhone: people.phone(),
  }));
  const townships = townshipsOf(countyDivisions);
  const townshipOf = new Map(townships.flatMap((t) => t.villages.map((v) => [v, t.name] as const)));
  const { context, persons, postings } = createContext(rng, people);

  const secretaryVillages = spreadVillages(rng, townships, BULLETIN_COUNTS.partySecretaries);
  const countyAgencies = UNIT_SPECS.filter((u) => u.level === 'county' && isAgencyOrInstitution(u));
  addPartySecretaries(context, secretaryVillages, countyAgencies);
  addGraduateOfficials(context, spreadVillages(rng, townships, BULLETIN_COUNTS.graduateOfficials));
  addSelectedGraduates(
    context,
    spreadVillages(rng, townships, BULLETIN_COUNTS.selectedGraduates),
    (v) => townshipOf.get(v)!,
  );
  addWorkTeams(
    context,
    spreadVillages(rng, townships, BULLETIN_COUNTS.teams),
    UNIT_SPECS,
    BULLETIN_COUNTS.teamPeople,
    rng.int(0, BULLETIN_COUNTS.teams - 1),
  );

  const withSecretary = new Set(secretaryVillages);
  const staffed = [...new Set(postings.map((p) => p.villageCode))].sort();
  addVillageCommittees(context, staffed, (v) => withSecretary.has(v));
  const registry = { units, persons, postings };
  return seededOn ? dateDemoRegistry(registry, seededOn) : registry;
}
