import type { TDayView } from '@zhucun/core';
import { describe, expect, it } from 'vitest';
import {
  afterDaySent,
  draftKey,
  entryOf,
  listDrafts,
  NEW_DAY,
  newDayOf,
  pruneDrafts,
  readDraft,
  removeDraft,
  resolveDay,
  type TDraftEntry,
  type TDraftStorage,
  writeDraft,
} from './day-draft.ts';

/** A Storage over a Map, like localStorage. */
function memoryStorage(): TDraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

const entry = (work: string): TDraftEntry => ({ ...NEW_DAY, work, roles: ['policy_advocate'] });

function record(overrides: Partial<TDayView> = {}): TDayView {
  return {
    id: 1,
    personId: 7,
    personName: '张三',
    villageCode: '140622100201',
    villageName: '东关',
    date: '2026-05-12',
    day: 'village',
    night: 'village',
    work: '走访五户',
    activities: '',
    rolePlayed: '',
    roles: ['policy_advocate'],
    photoIds: [3],
    backfilled: false,
    returned: false,
    version: 1,
    updatedAt: '2026-05-12T12:00:00.000Z',
    comments: [],
    ...overrides,
  };
}

describe('day drafts', () => {
  it('keeps a draft per user and date under zc.draft.<userId>.<date>', () => {
    const s = memoryStorage();
    writeDraft(s, 12, '2026-05-12', entry('走访'), { now: new Date('2026-05-12T13:00:00Z') });
    expect([...s.map.keys()]).toEqual([draftKey(12, '2026-05-12')]);
    expect(draftKey(12, '2026-05-12')).toBe('zc.draft.12.2026-05-12');
    expect(readDraft(s, 12, '2026-05-12')?.entry.work).toBe('走访');
    expect(readDraft(s, 13, '2026-05-12')).toBeNull();
    expect(readDraft(s, 12, '2026-05-11')).toBeNull();
  });

  it('keeps the pending flag on later edits unless told otherwise', () => {
    const s = memoryStorage();
    writeDraft(s, 1, '2026-05-12', entry('a'), { pending: true });
    writeDraft(s, 1, '2026-05-12', entry('ab'));
    expect(readDraft(s, 1, '2026-05-12')).toMatchObject({ pending: true, entry: { work: 'ab' } });
    writeDraft(s, 1, '2026-05-12', entry('ab'), { pending: false });
    expect(readDraft(s, 1, '2026-05-12')?.pending).toBe(false);
  });

  it('treats a damaged value as no draft', () => {
    const s = memoryStorage();
    s.setItem(draftKey(1, '2026-05-12'), '{not json');
    expect(readDraft(s, 1, '2026-05-12')).toBeNull();
    s.setItem(draftKey(1, '2026-05-12'), JSON.stringify({ date: '2026-05-12', entry: { day: 'village' } }));
    expect(readDraft(s, 1, '2026-05-12')).toBeNull();
  });

  it('does not throw when storage is full', () => {
    const s = memoryStorage();
    s.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(() => writeDraft(s, 1, '2026-05-12', entry('x'))).not.toThrow();
  });

  it('starts a new day in the village by day and night, and a saved day from its record', () => {
    expect(entryOf(null)).toMatchObject({ day: 'village', night: 'village', work: '', roles: [] });
    expect(entryOf(record())).toMatchObject({ work: '走访五户', photoIds: [3] });
  });

  it('starts a new rest day or rest night at 休息, and a draft of just that is no draft', () => {
    const restNight = newDayOf({ day: false, night: true });
    expect(restNight).toMatchObject({ day: 'village', night: 'rest', work: '' });
    expect(newDayOf({ day: true, night: true })).toMatchObject({ day: 'rest', night: 'rest' });
    expect(entryOf(null, restNight)).toEqual(restNight);
    const s = memoryStorage();
    writeDraft(s, 1, '2026-12-04', restNight);
    expect(resolveDay(null, readDraft(s, 1, '2026-12-04'), restNight)).toMatchObject({
      restored: false,
      entry: { night: 'rest' },
    });
    writeDraft(s, 1, '2026-12-04', { ...restNight, night: 'village' });
    expect(resolveDay(null, readDraft(s, 1, '2026-12-04'), restNight)).toMatchObject({
      restored: true,
      entry: { night: 'village' },
    });
  });

  it('restores a draft that differs from the record, and drops one that says the same', () => {
    const s = memoryStorage();
    const r = record();
    writeDraft(s, 1, r.date, { ...entryOf(r), work: '走访五户 ' }, { now: new Date('2026-05-12T13:00:00Z') });
    expect(resolveDay(r, readDraft(s, 1, r.date)).restored).toBe(false);
    writeDraft(s, 1, r.date, { ...entryOf(r), work: '走访六户' }, { now: new Date('2026-05-12T13:00:00Z') });
    expect(resolveDay(r, readDraft(s, 1, r.date))).toMatchObject({
      restored: true,
      pending: false,
      entry: { work: '走访六户' },
    });
    expect(resolveDay(null, null)).toMatchObject({ restored: false, entry: { day: 'village' } });
  });

  it('lets a newer saved record win over an older unsaved draft, but never over a pending one', () => {
    const s = memoryStorage();
    const r = record({ updatedAt: '2026-05-12T14:00:00.000Z' });
    writeDraft(s, 1, r.date, entry('旧草稿'), { now: new Date('2026-05-12T13:00:00Z') });
    expect(resolveDay(r, readDraft(s, 1, r.date)).entry.work).toBe('走访五户');
    writeDraft(s, 1, r.date, entry('离线保存'), { pending: true, now: new Date('2026-05-12T13:00:00Z') });
    expect(resolveDay(r, readDraft(s, 1, r.date))).toMatchObject({
      pending: true,
      entry: { work: '离线保存' },
    });
  });

  it('drops the draft of a day the outbox sent, but keeps what was typed after it was queued', () => {
    const s = memoryStorage();
    const queued = writeDraft(s, 1, '2026-05-12', entry('离线保存'), {
      pending: true,
      now: new Date('2026-05-12T13:00:00Z'),
    });
    afterDaySent(s, 1, '2026-05-12', queued.changedAt);
    expect(readDraft(s, 1, '2026-05-12')).toBeNull();
    writeDraft(s, 1, '2026-05-12', entry('第一版'), { pending: true, now: new Date('2026-05-12T13:00:00Z') });
    writeDraft(s, 1, '2026-05-12', entry('第二版'), { now: new Date('2026-05-12T13:05:00Z') });
    afterDaySent(s, 1, '2026-05-12', '2026-05-12T13:00:00.000Z');
    expect(readDraft(s, 1, '2026-05-12')).toMatchObject({ pending: false, entry: { work: '第二版' } });
  });

  it('lists drafts by date and prunes old ones that are not pending', () => {
    const s = memoryStorage();
    writeDraft(s, 1, '2026-05-12', entry('c'));
    writeDraft(s, 1, '2026-05-01', entry('a'));
    writeDraft(s, 1, '2026-05-02', entry('b'), { pending: true });
    expect(listDrafts(s, 1).map((d) => d.date)).toEqual(['2026-05-01', '2026-05-02', '2026-05-12']);
    pruneDrafts(s, 1, '2026-05-09');
    expect(listDrafts(s, 1).map((d) => d.date)).toEqual(['2026-05-02', '2026-05-12']);
    removeDraft(s, 1, '2026-05-12');
    expect(listDrafts(s, 1).map((d) => d.date)).toEqual(['2026-05-02']);
  });
});

describe('a day tied to a project (记入项目)', () => {
  const tie = { projectId: 4, milestoneId: 9, milestoneDone: true };
  const tied = record({
    project: {
      progressId: 2,
      projectId: 4,
      projectTitle: '日光温室蔬菜大棚',
      milestoneId: 9,
      milestoneTitle: '完成大棚主体建设',
      milestoneDone: true,
    },
  });

  it('opens a saved day with its tie, so saving it again keeps it', () => {
    expect(entryOf(tied).project).toEqual(tie);
    expect(resolveDay(tied, null)).toMatchObject({ restored: false, entry: { project: tie } });
  });

  it('keeps a draft that ties, unties or moves the day as a change', () => {
    const s = memoryStorage();
    writeDraft(s, 1, tied.date, { ...entryOf(tied), project: null });
    expect(resolveDay(tied, readDraft(s, 1, tied.date)).restored).toBe(true);
    writeDraft(s, 1, tied.date, { ...entryOf(tied), project: { ...tie, milestoneId: null } });
    expect(resolveDay(tied, readDraft(s, 1, tied.date)).restored).toBe(true);
    // a new day: no tie and a draft kept before ties existed read the same
    const plain = { ...entryOf(record()) };
    delete plain.project;
    writeDraft(s, 1, tied.date, plain);
    expect(resolveDay(record(), readDraft(s, 1, tied.date)).restored).toBe(false);
  });
});
