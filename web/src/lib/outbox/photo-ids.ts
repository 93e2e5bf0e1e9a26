/**
 * Photos taken without signal are named by their outbox id until uploaded; once the server has one,
 * its id is kept here, so a form (or a draft) that still names the photo by its outbox id finds it.
 */
const KEY = 'zc.outbox.photos';

function read(): Record<string, number> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** Notes the server's id of an uploaded photo. */
export function rememberPhoto(clientId: string, serverId: number): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...read(), [clientId]: serverId }));
  } catch {
    // storage full: the day sent from the outbox already carries the id
  }
}

/** The server's id of a photo taken offline, once it is uploaded. */
export function uploadedPhoto(clientId: string): number | undefined {
  return read()[clientId];
}

/** Forgets every noted photo (sign-out). */
export function forgetPhotos(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing kept
  }
}

/**
 * The photos a write sends: those the server has, with those taken offline and uploaded since (by their
 * server ids); and `photos`, those still on the phone, which the write's outbox item waits for.
 */
export function photosOfWrite(
  photoIds: readonly number[],
  localPhotos: readonly string[],
): { photoIds: number[]; photos: string[] | undefined } {
  const uploaded = localPhotos.map(uploadedPhoto).filter((id): id is number => id !== undefined);
  const waiting = localPhotos.filter((key) => uploadedPhoto(key) === undefined);
  return {
    photoIds: [...photoIds, ...uploaded.filter((id) => !photoIds.includes(id))],
    photos: waiting.length ? waiting : undefined,
  };
}
