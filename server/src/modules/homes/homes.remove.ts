import type { TScope } from '@zhucun/core';
import { count, eq, inArray } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { homeFundingEntries, homePhotos, homeRooms, homes, storedFiles } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findHomeInScope } from './home-access.ts';
import { findOccupantsOf, lockHome } from './homes.repository.ts';

/**
 * Deletes a home registered by mistake, inside the caller's transaction: only an empty one — nobody
 * lives there and no money was recorded (a ledger is kept, never deleted). Its rooms, photos and
 * contract file go with it (audited). Returns the storage keys to remove once the change commits.
 */
export async function removeHome(tx: TDb, scope: TScope, id: number, ctx: TActorContext): Promise<string[]> {
  await lockHome(tx, id);
  const home = await findHomeInScope(tx, scope, id);
  const occupants = await findOccupantsOf(tx, id);
  if (occupants.length)
    throw new AppError('conflict', 'home_delete_occupied', {
      names: occupants.map((o) => o.name).join('、'),
    });
  const [entries] = await tx
    .select({ n: count() })
    .from(homeFundingEntries)
    .where(eq(homeFundingEntries.homeId, id));
  if (Number(entries?.n ?? 0) > 0)
    throw new AppError('conflict', 'home_delete_has_funding', { count: Number(entries!.n) });

  const photos = await tx
    .select({ id: storedFiles.id, key: storedFiles.storageKey })
    .from(homePhotos)
    .innerJoin(storedFiles, eq(storedFiles.id, homePhotos.fileId))
    .where(eq(homePhotos.homeId, id));
  const contract = home.contractFileId
    ? await tx
        .select({ id: storedFiles.id, key: storedFiles.storageKey })
        .from(storedFiles)
        .where(eq(storedFiles.id, home.contractFileId))
    : [];
  const files = [...photos, ...contract];
  await tx.delete(homePhotos).where(eq(homePhotos.homeId, id));
  await tx.delete(homeRooms).where(eq(homeRooms.homeId, id));
  await tx.delete(homes).where(eq(homes.id, id));
  if (files.length)
    await tx.delete(storedFiles).where(
      inArray(
        storedFiles.id,
        files.map((f) => f.id),
      ),
    );
  await recordAudit(tx, ctx, {
    action: 'home.delete',
    objectType: 'home',
    objectId: id,
    details: {
      villageCode: home.villageCode,
      kind: home.kind,
      title: home.title,
      address: home.address,
      files: files.length,
    },
  });
  return files.map((f) => f.key);
}
