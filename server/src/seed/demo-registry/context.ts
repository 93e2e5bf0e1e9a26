import { plannedEndOf, type TPoliticalStatus } from '@zhucun/core';
import { AS_OF, addDays, dateBetween } from './dates.ts';
import type { TPeople } from './people.ts';
import type { TRandom } from './random.ts';
import type { TDemoPerson, TDemoPosting } from './types.ts';

export type TNewPosting = Pick<
  TDemoPosting,
  'villageCode' | 'category' | 'postTitle' | 'unitName' | 'startDate'
>;

/** What every category's generator shares: the random source, the person factory and the output. */
export type TContext = {
  rng: TRandom;
  people: TPeople;
  /** Adds a person with their one active posting (planned end from the default term, or `termYears`). */
  add(person: TDemoPerson, posting: TNewPosting, termYears?: number): void;
};

export function createContext(rng: TRandom, people: TPeople) {
  const persons: TDemoPerson[] = [];
  const postings: TDemoPosting[] = [];
  const context: TContext = {
    rng,
    people,
    add(person, posting, termYears) {
      postings.push({
        ...posting,
        personIndex: persons.length,
        isTeamLeader: false,
        plannedEndDate: plannedEndOf(posting.startDate, termYears),
      });
      persons.push(person);
    },
  };
  return { context, persons, postings };
}

/** A start date: mostly in the 2021 round (`first`), otherwise in the 2022 one (`second`). */
export function startDateOf(
  rng: TRandom,
  firstShare: number,
  first: readonly [string, string],
  second: readonly [string, string],
): string {
  const [from, to] = rng.chance(firstShare) ? first : second;
  return dateBetween(rng, from, [to, AS_OF].sort()[0]!);
}

/** The Party join date for a status: members at least `marginYears` before `onDate`, probationers within the past year. */
export function partyJoinFor(
  c: TContext,
  status: TPoliticalStatus,
  birthDate: string,
  onDate: string,
  marginYears: number,
): string | null {
  if (status === 'cpc_member') return c.people.partyJoin(birthDate, onDate, marginYears);
  if (status === 'cpc_probationary') return dateBetween(c.rng, addDays(AS_OF, -330), addDays(AS_OF, -30));
  return null;
}
