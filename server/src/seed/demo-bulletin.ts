import { count, eq } from 'drizzle-orm';
import type { TDb } from '../db/client.ts';
import { bulletins, divisions, roleAssignments } from '../db/schema.ts';
import { bulletinTemplate } from '../modules/bulletins/bulletin-template.ts';
import { insertBulletin } from '../modules/bulletins/bulletins.repository.ts';

/** The demo's draft: 第 22 期（总第 45 期）, as the bulletin Zhucun was built from. */
export const DEMO_BULLETIN = { issueNo: 22, runningNo: 45 } as const;

/**
 * The demo county's bulletin (简报): a draft dated `today` in the seed bulletin's wording, each of its
 * figures a placeholder, so that generating it reproduces 76 / 73 / 17 / 56 teams and 171 people / 44 / 42
 * / 43 / 3122 / 12 / 5 from the records. Skipped when the county has a bulletin.
 */
export async function seedDemoBulletin(db: TDb, today: string, countyCode: string): Promise<number> {
  const [existing] = await db
    .select({ n: count() })
    .from(bulletins)
    .where(eq(bulletins.countyCode, countyCode));
  if (Number(existing?.n ?? 0) > 0) return 0;
  const [county] = await db
    .select({ name: divisions.name })
    .from(divisions)
    .where(eq(divisions.code, countyCode));
  const [admin] = await db
    .select({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(eq(roleAssignments.role, 'county_admin'))
    .orderBy(roleAssignments.userId)
    .limit(1);
  if (!county || !admin) return 0;
  await insertBulletin(db, {
    ...bulletinTemplate(county.name, today),
    ...DEMO_BULLETIN,
    countyCode,
    createdBy: admin.userId,
  });
  return 1;
}
