import type { TDutyListItem, TDutyListPost, TDutyListVersion } from '@zhucun/core';
import type { TClient } from './build-test-app.ts';

/** Duty lines from their wording (no headings). */
export function duties(...wordings: string[]): TDutyListItem[] {
  return wordings.map((wording) => ({ kind: 'duty', wording }));
}

/** Saves the post's draft as `client` (the county); fails the test if refused. */
export async function saveDraft(
  client: TClient,
  category: TDutyListPost,
  items: TDutyListItem[],
  note: string | null = null,
): Promise<TDutyListVersion> {
  const res = await client.request({
    method: 'PUT',
    url: '/api/duty-lists/draft',
    payload: { category, items, note },
  });
  if (res.statusCode !== 200) throw new Error(`save duty list draft failed: ${res.statusCode} ${res.body}`);
  return res.json<TDutyListVersion>();
}

/** Saves the post's draft and publishes it from `effectiveFrom`; fails the test if refused. */
export async function publishList(
  client: TClient,
  category: TDutyListPost,
  items: TDutyListItem[],
  effectiveFrom: string,
): Promise<TDutyListVersion> {
  const draft = await saveDraft(client, category, items);
  const res = await client.request({
    method: 'POST',
    url: `/api/duty-lists/${draft.id}/publish`,
    payload: { effectiveFrom },
  });
  if (res.statusCode !== 200) throw new Error(`publish duty list failed: ${res.statusCode} ${res.body}`);
  return res.json<TDutyListVersion>();
}
