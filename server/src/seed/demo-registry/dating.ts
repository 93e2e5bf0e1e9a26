import { addDays, addYears, daysBetween, type TCadreCategory } from '@zhucun/core';
import { AS_OF } from './dates.ts';
import { idNumberBornOn } from './identity.ts';
import { createRandom, DEMO_SEED } from './random.ts';
import type { TDemoPerson, TDemoPosting, TDemoRegistry } from './types.ts';

/** The bulletin's day (AS_OF) falls this many days before the day the demo county is seeded. */
export const BULLETIN_DAYS_BEFORE_SEEDING = 150;
/** How many stationed cadres' terms end within the next 60 days, and how many are already past their end. */
export const DEMO_TERMS = { endingSoon: 4, overdue: 4 } as const;

const STATIONED: readonly TCadreCategory[] = [
  'party_secretary',
  'graduate_official',
  'selected_graduate',
  'first_secretary',
  'team_member',
];

const move = (date: string | null, days: number) => (date === null ? null : addDays(date, days));

function movePerson(p: TDemoPerson, days: number): TDemoPerson {
  const birthDate = addDays(p.birthDate, days);
  return {
    ...p,
    birthDate,
    idNumber: idNumberBornOn(p.idNumber, birthDate),
    partyJoinDate: move(p.partyJoinDate, days),
    workStartDate: move(p.workStartDate, days),
  };
}

/** The posting moved by whole days; its planned end stays the same number of years after the start. */
function movePosting(p: TDemoPosting, days: number): TDemoPosting {
  const startDate = addDays(p.startDate, days);
  const years = +p.plannedEndDate.slice(0, 4) - +p.startDate.slice(0, 4);
  return { ...p, startDate, plannedEndDate: addYears(startDate, years) };
}

/**
 * The demo county as a live county on `today`: the registry as the bulletin saw it, every person and
 * posting moved so that the bulletin's day lies 150 days back (ages, Party years and terms keep their
 * lengths; ID numbers follow the birth dates). Then a few stationed cadres, the same ones on any day,
 * are moved further back so that their terms end within the next 60 days, and a few so that their
 * terms ended weeks ago (任期将满, 任期已满). The bulletin's counts are untouched. Pure.
 */
export function dateDemoRegistry(registry: TDemoRegistry, today: string): TDemoRegistry {
  const shift = daysBetween(AS_OF, addDays(today, -BULLETIN_DAYS_BEFORE_SEEDING));
  const persons = registry.persons.map((p) => movePerson(p, shift));
  const postings = registry.postings.map((p) => movePosting(p, shift));

  // the first of each category has a demo account: theirs stay ordinary terms
  const firsts = new Set(STATIONED.map((c) => postings.findIndex((p) => p.category === c)));
  const rng = createRandom(DEMO_SEED + 7);
  const candidates = rng.shuffle(
    postings.map((p, i) => ({ p, i })).filter(({ p, i }) => STATIONED.includes(p.category) && !firsts.has(i)),
  );
  const ids = new Set(persons.map((p) => p.idNumber));
  const wanted = [
    ...Array.from({ length: DEMO_TERMS.endingSoon }, () => rng.int(10, 55)),
    ...Array.from({ length: DEMO_TERMS.overdue }, () => -rng.int(12, 90)),
  ];
  for (const { p, i } of candidates) {
    const daysLeft = wanted[0];
    if (daysLeft === undefined) break;
    const extra = daysBetween(p.plannedEndDate, addDays(today, daysLeft));
    const person = persons[p.personIndex]!;
    const moved = movePerson(person, extra);
    if (ids.has(moved.idNumber)) continue; // another person's number: take the next candidate
    ids.delete(person.idNumber);
    ids.add(moved.idNumber);
    persons[p.personIndex] = moved;
    postings[i] = movePosting(p, extra);
    wanted.shift();
  }
  return { units: registry.units, persons, postings };
}
