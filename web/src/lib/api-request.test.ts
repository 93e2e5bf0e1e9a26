import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runtimeImportNames } from '../../../scripts/runtime-imports.ts';
import { ApiError, requestJson, type TRequestContext } from './api-request.ts';

const context: TRequestContext = {
  language: 'en-US',
  messages: { network: 'No network', unknown: 'Unknown' },
};

/** The page's fetch answering `answer` (or failing like a lost connection), the calls it saw kept. */
function fetchAnswering(answer: Response | null) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('document', { cookie: '' });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    if (!answer) throw new TypeError('Failed to fetch');
    return answer;
  });
  return calls;
}

describe('requestJson: a call in the language it is given', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks in the given language and answers the JSON', async () => {
    const calls = fetchAnswering(new Response('{"ok":true}', { status: 200 }));
    expect(await requestJson('/api/x', { query: { page: 2 } }, context)).toEqual({ ok: true });
    expect(calls[0]?.url).toBe('/api/x?page=2');
    expect(calls[0]?.init.headers).toMatchObject({ 'Accept-Language': 'en-US' });
  });

  it('throws the server’s error, or the given words when there is none or no connection', async () => {
    const body = { error: { code: 'invalid', message: '开始日期：格式不对', details: [] }, requestId: 'r1' };
    fetchAnswering(new Response(JSON.stringify(body), { status: 400 }));
    await expect(requestJson('/api/x', {}, context)).rejects.toMatchObject({
      status: 400,
      code: 'invalid',
      message: '开始日期：格式不对',
      requestId: 'r1',
    });
    fetchAnswering(new Response('<html>', { status: 502 }));
    await expect(requestJson('/api/x', {}, context)).rejects.toMatchObject({
      status: 502,
      message: 'Unknown',
    });
    fetchAnswering(null);
    const lost = await requestJson('/api/x', {}, context).catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(ApiError);
    expect(lost).toMatchObject({ status: 0, code: 'network', message: 'No network' });
  });
});

describe('what the cadre’s light pages may import (docs/web.md §Size)', () => {
  it('calls the API without i18n, a framework or core', () => {
    expect(runtimeImportNames(path.join(import.meta.dirname, 'api-request.ts'))).toEqual([
      'api-request.ts',
      'http.ts',
    ]);
  });
});
