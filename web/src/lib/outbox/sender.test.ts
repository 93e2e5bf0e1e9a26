import { describe, expect, it } from 'vitest';
import type { TOutboxItem, TOutboxStore } from './outbox-item.ts';
import { flushOutbox, type TSend, type TSendResult } from './sender.ts';

/** The outbox in a Map, as IndexedDB keeps it (copies in, copies out). */
function memoryStore(initial: TOutboxItem[]): TOutboxStore & { map: Map<string, TOutboxItem> } {
  const map = new Map(initial.map((i) => [i.id, structuredClone(i)]));
  return {
    map,
    list: async () => [...map.values()].map((i) => structuredClone(i)),
    put: async (item) => void map.set(item.id, structuredClone(item)),
    remove: async (id) => void map.delete(id),
    clear: async () => map.clear(),
  };
}

let clock = 0;
function item(id: string, change: Partial<TOutboxItem> = {}): TOutboxItem {
  clock += 1;
  return {
    id,
    userId: 7,
    kind: 'visit',
    method: 'POST',
    path: '/api/visits',
    body: { note: id },
    subject: {},
    createdAt: `2026-12-07T10:00:${String(clock).padStart(2, '0')}Z`,
    state: 'waiting',
    ...change,
  };
}

/** A server that answers from a table by client id, and records what it was sent. */
function server(answers: Record<string, TSendResult> = {}) {
  const seen: { id: string; headers: Record<string, string>; body: unknown }[] = [];
  const send: TSend = async (i, headers) => {
    seen.push({ id: i.id, headers, body: i.body });
    return answers[i.id] ?? { ok: true, body: { id: seen.length } };
  };
  return { send, seen };
}

const refused = (status: number, code: string, message: string): TSendResult => ({
  ok: false,
  status,
  code,
  message,
  error: null,
});

describe('the outbox', () => {
  it('sends the oldest first, each with its client id as Idempotency-Key, and keeps nothing sent', async () => {
    const store = memoryStore([item('b'), item('a')].reverse());
    const { send, seen } = server();
    const outcomes = await flushOutbox(store, 7, send);
    expect(seen.map((s) => s.id)).toEqual(['b', 'a']);
    expect(seen[0]?.headers['Idempotency-Key']).toBe('b');
    expect(outcomes.map((o) => o.result)).toEqual(['sent', 'sent']);
    expect(store.map.size).toBe(0);
  });

  it('stops at a lost connection and keeps the rest waiting', async () => {
    const store = memoryStore([item('one'), item('two')]);
    const { send, seen } = server({ one: refused(0, 'network', '网络连接失败') });
    await flushOutbox(store, 7, send);
    expect(seen.map((s) => s.id)).toEqual(['one']);
    expect([...store.map.values()].map((i) => i.state)).toEqual(['waiting', 'waiting']);
  });

  it('keeps a refused write with the server’s message, not to be sent again by itself, and goes on', async () => {
    const store = memoryStore([item('bad'), item('good')]);
    const { send } = server({ bad: refused(400, 'validation', '请假开始日期：不能早于今天') });
    await flushOutbox(store, 7, send);
    expect(store.map.get('bad')).toMatchObject({ state: 'failed', message: '请假开始日期：不能早于今天' });
    expect(store.map.has('good')).toBe(false);
    const again = server();
    await flushOutbox(store, 7, again.send);
    expect(again.seen).toEqual([]);
  });

  it('marks a day changed on the server as a conflict, and a write still in progress as waiting', async () => {
    const store = memoryStore([
      item('day', { kind: 'day', method: 'PUT', path: '/api/duty/my/days/2026-12-07', baseVersion: 2 }),
      item('busy'),
    ]);
    const { send, seen } = server({
      day: refused(409, 'day_changed', '这一天的记录已被修改'),
      busy: refused(409, 'idempotency_in_progress', '这项提交正在处理，请稍后再试'),
    });
    await flushOutbox(store, 7, send);
    expect(seen[0]?.headers['If-Match']).toBe('"2"');
    expect(store.map.get('day')?.state).toBe('conflict');
    expect(store.map.get('busy')?.state).toBe('waiting');
  });

  it('asks If-None-Match for a day the phone knew unsaved', async () => {
    const store = memoryStore([item('new', { kind: 'day', method: 'PUT', baseVersion: null })]);
    const { send, seen } = server();
    await flushOutbox(store, 7, send);
    expect(seen[0]?.headers).toEqual({ 'Idempotency-Key': 'new', 'If-None-Match': '*' });
  });

  it('uploads a photo first and sends the day with the photo’s server id in the same run', async () => {
    const store = memoryStore([
      item('photo', { kind: 'photo', body: 'jpeg bytes' }),
      item('day', { kind: 'day', method: 'PUT', body: { photoIds: [3] }, photos: ['photo'] }),
    ]);
    const { send, seen } = server({ photo: { ok: true, body: { id: 41 } } });
    await flushOutbox(store, 7, send);
    expect(seen.map((s) => s.id)).toEqual(['photo', 'day']);
    expect(seen[1]?.body).toEqual({ photoIds: [3, 41] });
    expect(store.map.size).toBe(0);
  });

  it('holds a write whose photo cannot go yet, and sends it without a photo the cadre gave up', async () => {
    const store = memoryStore([
      item('photo', { kind: 'photo', state: 'failed' }),
      item('day', { kind: 'day', method: 'PUT', body: { photoIds: [] }, photos: ['photo'] }),
    ]);
    const first = server();
    await flushOutbox(store, 7, first.send);
    expect(first.seen).toEqual([]);
    store.map.delete('photo');
    const second = server();
    await flushOutbox(store, 7, second.send);
    expect(second.seen.map((s) => s.id)).toEqual(['day']);
  });

  it('starts a later save of the same day from the version the earlier one made', async () => {
    const path = '/api/duty/my/days/2026-12-07';
    const store = memoryStore([
      item('first', { kind: 'day', method: 'PUT', path, baseVersion: null }),
      item('second', { kind: 'day', method: 'PUT', path, baseVersion: null }),
    ]);
    const { send, seen } = server({ first: { ok: true, body: { version: 1 } } });
    await flushOutbox(store, 7, send);
    expect(seen[1]?.headers['If-Match']).toBe('"1"');
  });

  it('leaves another account’s writes alone', async () => {
    const store = memoryStore([item('theirs', { userId: 8 })]);
    const { send, seen } = server();
    await flushOutbox(store, 7, send);
    expect(seen).toEqual([]);
    expect(store.map.has('theirs')).toBe(true);
  });
});
