import type { TDb } from '../db/client.ts';
import { findUnitByName } from '../modules/units/units.repository.ts';
import { insertUser, replaceGrants } from '../modules/users/users.repository.ts';
import { DEMO_CADRE_ACCOUNTS, DEMO_UNIT_ADMIN } from './demo-accounts.ts';
import { findFirstOfCategory, linkPersonToUser } from './demo-registry/demo-registry.repository.ts';

/**
 * Gives the first seeded person of each category a demo sign-in (role cadre, scoped to their
 * village), and one dispatching unit a demo administrator (sees the cadres it sent).
 */
export async function createDemoCadreAccounts(
  db: TDb,
  countyCode: string,
  passwordHash: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const a of DEMO_CADRE_ACCOUNTS) {
      const person = await findFirstOfCategory(tx, countyCode, a.category);
      if (!person) continue;
      const user = await insertUser(tx, {
        username: a.username,
        displayName: person.name,
        passwordHash,
        mustChangePassword: false,
        isDemo: true,
      });
      await replaceGrants(tx, user.id, [{ role: 'cadre', divisionCode: person.villageCode }]);
      await linkPersonToUser(tx, person.personId, user.id);
    }
    const unit = await findUnitByName(tx, DEMO_UNIT_ADMIN.unitName);
    if (unit) {
      const user = await insertUser(tx, {
        username: DEMO_UNIT_ADMIN.username,
        displayName: `${unit.name}管理员`,
        passwordHash,
        mustChangePassword: false,
        isDemo: true,
      });
      await replaceGrants(tx, user.id, [{ role: 'unit_admin', divisionCode: countyCode, unitId: unit.id }]);
    }
  });
}
