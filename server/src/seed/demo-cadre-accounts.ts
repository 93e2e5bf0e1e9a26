import type { TDb } from '../db/client.ts';
import { insertUser, replaceGrants } from '../modules/users/users.repository.ts';
import { DEMO_CADRE_ACCOUNTS } from './demo-accounts.ts';
import { findFirstOfCategory, linkPersonToUser } from './demo-registry/demo-registry.repository.ts';

/** Gives the first seeded person of each category a demo sign-in (role cadre, scoped to their village). */
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
  });
}
