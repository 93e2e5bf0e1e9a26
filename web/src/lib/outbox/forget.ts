import { clearOutbox, discardWhere, outboxItems } from './outbox.ts';
import { forgetPhotos } from './photo-ids.ts';

const DRAFT_PREFIX = 'zc.draft.';

function removeDrafts(keep: (userId: number) => boolean): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(DRAFT_PREFIX) && !keep(Number(key.slice(DRAFT_PREFIX.length).split('.')[0])))
        keys.push(key);
    }
    for (const key of keys) localStorage.removeItem(key);
  } catch {
    // storage disabled: nothing kept
  }
}

/** Sign-out: the outbox and every draft kept on this phone go (the caller warned about unsent items). */
export async function forgetThisPhone(): Promise<void> {
  removeDrafts(() => false);
  forgetPhotos();
  await clearOutbox().catch(() => undefined);
}

/** Another account signed in on this phone: the previous account's unsent items and drafts go. */
export async function forgetOtherAccounts(userId: number): Promise<void> {
  removeDrafts((owner) => owner === userId);
  await discardWhere((item) => item.userId !== userId).catch(() => undefined);
}

/** Unsent items kept on this phone for accounts other than `userId` (all when null), with their owner's name. */
export async function unsentOfOthers(userId: number | null): Promise<{ count: number; name: string }> {
  const items = (await outboxItems().catch(() => [])).filter((i) => i.userId !== userId);
  return { count: items.length, name: items[0]?.ownerName ?? '' };
}
