import { addDays, localDate, type TRectificationCreate, type TRectificationView } from '@zhucun/core';
import { eq } from 'drizzle-orm';
import type { TDb } from '../db/client.ts';
import { rectificationItems } from '../db/schema.ts';
import type { TClient, TTestApp } from './build-test-app.ts';

/** 东关村委会, 金城镇: the village the factories post cadres to by default. */
export const RECTIFICATION_VILLAGE = '140622100200';

/** A problem that passes every check: a village's, due a month after the test clock's today, with overrides. */
export function buildRectification(
  t: TTestApp,
  overrides: Partial<TRectificationCreate> = {},
): TRectificationCreate {
  const deadline = addDays(localDate(t.clock.now()), 30);
  return {
    source: 'national_assessment',
    sourceRef: '2026年国家巩固脱贫成果后评估反馈',
    problem: '驻村工作队员在岗时间不足，部分队员"走读"',
    level: 'village',
    divisionCode: RECTIFICATION_VILLAGE,
    deadline,
    evidenceRequired: '考勤记录、工作日志截图',
    measures: [
      { text: '建立队员在岗情况周报制度', deadline: addDays(deadline, -15) },
      { text: '乡镇每月开展一次在岗抽查' },
    ],
    owners: [
      { role: 'unit', name: '金城镇党委' },
      { role: 'leader', name: '张志刚' },
      { role: 'person', name: '李明' },
    ],
    ...overrides,
  };
}

/** Registers a problem through the API as `client` (the county unless told); fails the test when refused. */
export async function createRectification(
  t: TTestApp,
  client: TClient,
  overrides: Partial<TRectificationCreate> = {},
): Promise<TRectificationView> {
  const res = await client.request({
    method: 'POST',
    url: '/api/rectifications',
    payload: buildRectification(t, overrides),
  });
  if (res.statusCode !== 200) throw new Error(`create rectification failed: ${res.statusCode} ${res.body}`);
  return res.json<TRectificationView>();
}

/** Moves a problem's deadline (into the past, for the overdue tests) straight in the database. */
export async function setRectificationDeadline(db: TDb, id: number, deadline: string) {
  await db.update(rectificationItems).set({ deadline }).where(eq(rectificationItems.id, id));
}

/** Posts one action on a problem and returns the raw answer. */
export function actOn(client: TClient, id: number, path: string, payload: Record<string, unknown> = {}) {
  return client.request({ method: 'POST', url: `/api/rectifications/${id}/${path}`, payload });
}
