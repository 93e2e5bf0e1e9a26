import type { TDb } from '../../db/client.ts';
import { findDivisions } from '../../modules/divisions/divisions.repository.ts';
import { buildDemoRegistry } from './build.ts';
import { hasPersonsUnder, insertPersons, insertPostings, insertUnits } from './demo-registry.repository.ts';
import { YING_COUNTY } from './identity.ts';

export type TDemoRegistryCounts = { units: number; persons: number; postings: number };

/**
 * Writes the demo county's cadre registry (units, persons, one active posting each), dated to the
 * day it is seeded (`today`: terms run, a few end soon, a few are past their end), in one
 * transaction of multi-row inserts. Only for Ying County, the bundled demo: any other county,
 * or a county that already has people in its registry, is left as it is.
 */
export async function seedDemoRegistry(
  db: TDb,
  countyCode: string,
  today: string,
): Promise<TDemoRegistryCounts> {
  const none = { units: 0, persons: 0, postings: 0 };
  if (countyCode !== YING_COUNTY || (await hasPersonsUnder(db, countyCode))) return none;
  const registry = buildDemoRegistry(await findDivisions(db, { all: false, codes: [countyCode] }), today);
  // Each person is filed under the village of their (only) posting.
  const villageOf = new Map(registry.postings.map((p) => [p.personIndex, p.villageCode]));

  // Inside the transaction only `tx` is used: PGlite has one connection and would deadlock on `db`.
  return db.transaction(async (tx) => {
    const unitIds = await insertUnits(tx, registry.units);
    const personIds = await insertPersons(
      tx,
      registry.persons.map((p, i) => ({ ...p, filedUnder: villageOf.get(i) ?? countyCode })),
    );
    await insertPostings(
      tx,
      registry.postings.map(({ personIndex, unitName, ...p }) => ({
        ...p,
        personId: personIds.get(registry.persons[personIndex]!.idNumber)!,
        unitId: unitName === null ? null : unitIds.get(unitName)!,
      })),
    );
    return { units: unitIds.size, persons: personIds.size, postings: registry.postings.length };
  });
}
