import type { TConductCatalogue, TViolationDetail } from '@zhucun/core';
import { expect } from 'vitest';
import type { TClient } from './build-test-app.ts';

let serial = 0;

/**
 * Adds an item of forbidden conduct to a year's negative list (as a county administrator) and returns its id:
 * a text of the test's own, so no other test's records cite it.
 */
export async function createConductItem(
  admin: TClient,
  year: number,
  item: { deduction?: number; veto?: boolean; text?: string } = {},
): Promise<number> {
  serial += 1;
  const text = item.text ?? `测试事项${process.pid}-${serial}-${Math.random().toString(36).slice(2, 8)}`;
  const res = await admin.request({
    method: 'POST',
    url: `/api/conduct-catalogue/${year}/items`,
    payload: { conduct: text, deduction: item.deduction ?? 3, veto: item.veto ?? false },
  });
  expect(res.statusCode, res.body).toBe(200);
  const added = res.json<TConductCatalogue>().items.find((i) => i.conduct === text);
  return added!.id;
}

/** Records a violation of a person (by the county or their township) and returns the record; fails the test if refused. */
export async function recordViolation(
  client: TClient,
  input: {
    personId: number;
    itemId: number;
    occurredOn: string;
    circumstances?: string;
    photoIds?: number[];
  },
): Promise<TViolationDetail> {
  const res = await client.request({
    method: 'POST',
    url: '/api/violations',
    payload: { circumstances: '经核实，该干部在工作日未经批准离开驻村岗位。', ...input },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TViolationDetail>();
}
