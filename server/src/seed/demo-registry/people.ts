import type { TEducationLevel, TPoliticalStatus } from '@zhucun/core';
import { addDays, birthDateForAge, dateBetween, yearsAfter } from './dates.ts';
import { educationOf, GRADUATION_AGE, type TEducation } from './education.ts';
import { createIdentities } from './identity.ts';
import { createNamer, type TGender } from './names.ts';
import type { TRandom } from './random.ts';
import type { TDemoPerson } from './types.ts';

export type TBasics = Pick<TDemoPerson, 'name' | 'gender' | 'ethnicity' | 'birthDate' | 'idNumber' | 'phone'>;

const ETHNICITIES: (readonly [string, number])[] = [
  ['汉族', 194],
  ['回族', 3],
  ['满族', 2],
  ['蒙古族', 1],
];

/** Builds the parts every person has; names, ID numbers and phones stay unique across the registry. */
export function createPeople(rng: TRandom) {
  const name = createNamer(rng);
  const identities = createIdentities(rng);
  return {
    phone: identities.phone,
    name: (gender: TGender, birthYear: number) => name(gender, birthYear),

    /** Name, sex, ethnicity, birth date (age in [minAge, maxAge] on `onDate`), ID number and phone. */
    basics(o: {
      minAge: number;
      maxAge: number;
      onDate: string;
      maleShare: number;
      local: boolean;
    }): TBasics {
      const gender: TGender = rng.chance(o.maleShare) ? 'male' : 'female';
      const birthDate = birthDateForAge(rng, rng.int(o.minAge, o.maxAge), o.onDate);
      const idNumber = identities.idNumber(identities.addressCode(o.local), birthDate, gender);
      return {
        name: name(gender, +birthDate.slice(0, 4)),
        gender,
        ethnicity: rng.weighted(ETHNICITIES),
        birthDate,
        idNumber,
        phone: identities.phone(),
      };
    },

    /** Schooling at a level drawn from the weights; part-time degrees as likely as `partTime`. */
    education(levels: readonly (readonly [TEducationLevel, number])[], partTime = 0): TEducation {
      return educationOf(rng, rng.weighted(levels), !rng.chance(partTime));
    },

    /** The first job: some months after leaving school, never after `latest`. */
    workStart(birthDate: string, education: TEducation, latest: string): string {
      const graduated = yearsAfter(birthDate, GRADUATION_AGE[education.educationLevel]);
      const start = dateBetween(rng, graduated, addDays(graduated, rng.int(30, 700)));
      return start < latest ? start : latest;
    },

    /** A Party join date from age 19 on, at least `marginYears` before `onDate` when the age allows. */
    partyJoin(birthDate: string, onDate: string, marginYears: number): string {
      const earliest = yearsAfter(birthDate, 19);
      const latest = yearsAfter(onDate, -marginYears);
      if (latest <= earliest) return latest;
      return dateBetween(rng, earliest, latest);
    },
  };
}
export type TPeople = ReturnType<typeof createPeople>;

export const isCpc = (s: TPoliticalStatus) => s === 'cpc_member' || s === 'cpc_probationary';
