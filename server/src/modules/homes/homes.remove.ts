import type { TScope } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findHomeInScope } from './home-access.ts';
import { findOccupantsOf, lockHome } from './homes.repository.ts';
import { countFundingEntries, deleteHomeRows, findHomeFiles } from './homes-removal.repository.ts';

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
  const entries = await countFundingEntries(tx, id);
  if (entries > 0) throw new AppError('conflict', 'home_delete_has_funding', { count: entries });

  const files = await findHomeFiles(tx, id, home.contractFileId);
  await deleteHomeRows(
    tx,
    id,
    files.map((f) => f.id),
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
