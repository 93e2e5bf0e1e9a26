import type { TScope } from '@zhucun/core';
import { and, eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import {
  rectificationEventPhotos,
  rectificationEvents,
  rectificationItems,
  storedFiles,
} from '../../db/schema.ts';
import { RECTIFICATION_PHOTO } from './rectification.act.ts';
import { itemInScope } from './rectification.repository.ts';

/**
 * A photo of a rectification report the caller may see: their own upload, or one attached to a
 * report of a problem in the scope. Undefined otherwise (404).
 */
export async function findVisibleRectificationPhoto(
  exec: TDb,
  fileId: number,
  userId: number,
  scope: TScope,
) {
  const file = and(eq(storedFiles.id, fileId), eq(storedFiles.purpose, RECTIFICATION_PHOTO));
  const [own] = await exec
    .select({ storageKey: storedFiles.storageKey })
    .from(storedFiles)
    .where(and(file, eq(storedFiles.createdBy, userId)));
  if (own) return own;
  const [attached] = await exec
    .select({ storageKey: storedFiles.storageKey })
    .from(storedFiles)
    .innerJoin(rectificationEventPhotos, eq(rectificationEventPhotos.fileId, storedFiles.id))
    .innerJoin(rectificationEvents, eq(rectificationEvents.id, rectificationEventPhotos.eventId))
    .innerJoin(rectificationItems, eq(rectificationItems.id, rectificationEvents.itemId))
    .where(and(file, itemInScope(scope)))
    .limit(1);
  return attached;
}
