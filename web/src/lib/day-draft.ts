import type { TDayProjectTieInput, TDayTaskReportInput, TDayView, TFourRole, TPlace } from '@zhucun/core';

/**
 * Drafts of a day's entry kept on the phone (docs/domain.md §0.4: drafts survive a lost connection).
 * Every change is written to storage under `zc.draft.<userId>.<date>`; a draft the cadre saved while
 * offline is `pending`: the save itself waits in the outbox (lib/outbox), which sends it once.
 */

/** What the form edits: the body of `PUT /api/duty/my/days/:date`. */
export type TDraftEntry = {
  day: TPlace;
  night: TPlace;
  work: string;
  activities: string;
  rolePlayed: string;
  roles: TFourRole[];
  photoIds: number[];
  /** 记入项目: the project the log is tied to (null: none; absent in drafts kept before it existed). */
  project?: TDayProjectTieInput | null;
  /** 任务进展: reports on the cadre's tasks sent with the day (enter once); none once saved. */
  tasks?: TDayTaskReportInput[];
  /** Photos taken without signal: their outbox ids, uploaded before the day is sent. */
  localPhotos?: string[];
};

export type TDayDraft = {
  date: string;
  entry: TDraftEntry;
  /** When the draft was last changed (ISO instant). */
  changedAt: string;
  /** The cadre pressed 保存 without a connection: submit it when back online. */
  pending: boolean;
};

/** The part of `Storage` the drafts need (localStorage in the app, a Map in tests). */
export type TDraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'zc.draft.';

export function draftKey(userId: number, date: string): string {
  return `${PREFIX}${userId}.${date}`;
}

/** A new day: in the village by day and by night, nothing written yet. */
export const NEW_DAY: TDraftEntry = {
  day: 'village',
  night: 'village',
  work: '',
  activities: '',
  rolePlayed: '',
  roles: [],
  photoIds: [],
};

/**
 * A new day as the form first offers it: rest (休息) by day on a day the county rests and by night
 * beyond the week's four, else in the village. Only a starting point: every choice stays open.
 */
export function newDayOf(rest: { day: boolean; night: boolean }): TDraftEntry {
  return {
    ...NEW_DAY,
    day: rest.day ? 'rest' : 'village',
    night: rest.night ? 'rest' : 'village',
    roles: [],
    photoIds: [],
  };
}

/** The form's starting point for a saved day (or a new one, `fresh`). */
export function entryOf(record: TDayView | null, fresh: TDraftEntry = NEW_DAY): TDraftEntry {
  if (!record) return { ...fresh, roles: [...fresh.roles], photoIds: [...fresh.photoIds] };
  const { day, night, work, activities, rolePlayed, roles, photoIds } = record;
  const tie = record.project
    ? {
        projectId: record.project.projectId,
        milestoneId: record.project.milestoneId,
        milestoneDone: record.project.milestoneDone,
      }
    : null;
  return {
    day,
    night,
    work,
    activities,
    rolePlayed,
    roles: [...roles],
    photoIds: [...photoIds],
    project: tie,
  };
}

/** Whether two entries would save the same thing (text compared trimmed, as the server stores it). */
export function sameEntry(a: TDraftEntry, b: TDraftEntry): boolean {
  return (
    a.day === b.day &&
    a.night === b.night &&
    a.work.trim() === b.work.trim() &&
    a.activities.trim() === b.activities.trim() &&
    a.rolePlayed.trim() === b.rolePlayed.trim() &&
    [...a.roles].sort().join() === [...b.roles].sort().join() &&
    a.photoIds.join() === b.photoIds.join() &&
    (a.localPhotos ?? []).join() === (b.localPhotos ?? []).join() &&
    sameTie(a.project, b.project) &&
    JSON.stringify(a.tasks ?? []) === JSON.stringify(b.tasks ?? [])
  );
}

/** Two ties the same (left out and none count alike: a new day has neither). */
function sameTie(a: TDayProjectTieInput | null | undefined, b: TDayProjectTieInput | null | undefined) {
  if (!a || !b) return !a && !b;
  return (
    a.projectId === b.projectId &&
    (a.milestoneId ?? null) === (b.milestoneId ?? null) &&
    Boolean(a.milestoneDone) === Boolean(b.milestoneDone)
  );
}

function isDraft(value: unknown): value is TDayDraft {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Partial<TDayDraft>;
  const e = d.entry as Partial<TDraftEntry> | undefined;
  return (
    typeof d.date === 'string' &&
    typeof d.changedAt === 'string' &&
    typeof d.pending === 'boolean' &&
    typeof e === 'object' &&
    e !== null &&
    typeof e.day === 'string' &&
    typeof e.night === 'string' &&
    typeof e.work === 'string' &&
    typeof e.activities === 'string' &&
    typeof e.rolePlayed === 'string' &&
    Array.isArray(e.roles) &&
    Array.isArray(e.photoIds)
  );
}

/** The draft of a date, or null (a damaged value counts as none). */
export function readDraft(storage: TDraftStorage, userId: number, date: string): TDayDraft | null {
  let raw: string | null;
  try {
    raw = storage.getItem(draftKey(userId, date));
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return isDraft(value) && value.date === date ? value : null;
  } catch {
    return null;
  }
}

/** Keeps the entry as the date's draft; `pending` stays as it was unless given. Never throws (a full disk loses the draft, not the form). */
export function writeDraft(
  storage: TDraftStorage,
  userId: number,
  date: string,
  entry: TDraftEntry,
  options: { pending?: boolean; now?: Date } = {},
): TDayDraft {
  const pending = options.pending ?? readDraft(storage, userId, date)?.pending ?? false;
  const draft: TDayDraft = {
    date,
    entry,
    changedAt: (options.now ?? new Date()).toISOString(),
    pending,
  };
  try {
    storage.setItem(draftKey(userId, date), JSON.stringify(draft));
  } catch {
    // storage full or disabled: the form still holds the text
  }
  return draft;
}

export function removeDraft(storage: TDraftStorage, userId: number, date: string): void {
  try {
    storage.removeItem(draftKey(userId, date));
  } catch {
    // nothing to remove
  }
}

/** Every draft of the user, oldest date first. */
export function listDrafts(storage: TDraftStorage, userId: number): TDayDraft[] {
  const prefix = `${PREFIX}${userId}.`;
  const dates: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) dates.push(key.slice(prefix.length));
  }
  return dates
    .sort()
    .map((date) => readDraft(storage, userId, date))
    .filter((d): d is TDayDraft => d !== null);
}

/**
 * What the form shows for a date: the draft when it says something the saved record does not
 * (marked `restored`), else the record (or a new day, `fresh`). A draft that is not pending and older than
 * the record (saved since, perhaps on another device) gives way to the record.
 */
export function resolveDay(
  record: TDayView | null,
  draft: TDayDraft | null,
  fresh: TDraftEntry = NEW_DAY,
): { entry: TDraftEntry; restored: boolean; pending: boolean } {
  const saved = entryOf(record, fresh);
  if (!draft || sameEntry(draft.entry, saved)) return { entry: saved, restored: false, pending: false };
  if (!draft.pending && record && record.updatedAt > draft.changedAt)
    return { entry: saved, restored: false, pending: false };
  return { entry: draft.entry, restored: true, pending: draft.pending };
}

/**
 * After the outbox sent a day saved offline: its draft goes, unless the cadre changed the form since it
 * was queued (`queuedAt`, the draft's time then); that newer text stays as a plain draft to save again.
 */
export function afterDaySent(storage: TDraftStorage, userId: number, date: string, queuedAt: string): void {
  const now = readDraft(storage, userId, date);
  if (!now) return;
  if (now.changedAt === queuedAt) removeDraft(storage, userId, date);
  else writeDraft(storage, userId, date, now.entry, { pending: false, now: new Date(now.changedAt) });
}

/** Removes drafts of dates before `from` that are not pending (too old to be written any more). */
export function pruneDrafts(storage: TDraftStorage, userId: number, from: string): void {
  for (const d of listDrafts(storage, userId))
    if (d.date < from && !d.pending) removeDraft(storage, userId, d.date);
}
