import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { appSettings } from '../../db/schema.ts';

/** A setting of this installation, or null when never set. */
export async function findSetting<T>(exec: TDb, key: string): Promise<T | null> {
  const [row] = await exec.select().from(appSettings).where(eq(appSettings.key, key));
  return (row?.value as T | undefined) ?? null;
}

/** Sets a setting once; an existing value is kept. */
export async function insertSettingOnce(exec: TDb, key: string, value: unknown): Promise<void> {
  await exec.insert(appSettings).values({ key, value }).onConflictDoNothing();
}

/** Sets a setting, replacing any earlier value. */
export async function upsertSetting(exec: TDb, key: string, value: unknown): Promise<void> {
  await exec
    .insert(appSettings)
    .values({ key, value })
    .onConflictDoUpdate({ target: appSettings.key, set: { value } });
}
