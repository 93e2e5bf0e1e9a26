import {
  addDays,
  type THouseholdCreate,
  type THouseholdView,
  type TRequestCreate,
  type TRequestView,
  type TVisitCreate,
  type TVisitView,
} from '@zhucun/core';
import type { TClient } from './build-test-app.ts';

/** Registers a household through the API; fails the test if refused. */
export async function createHousehold(client: TClient, input: THouseholdCreate): Promise<THouseholdView> {
  const res = await client.request({ method: 'POST', url: '/api/households', payload: input });
  if (res.statusCode !== 200) throw new Error(`create household failed: ${res.statusCode} ${res.body}`);
  return res.json<THouseholdView>();
}

/** Records a visit as the signed-in cadre through the API; fails the test if refused. */
export async function recordVisit(cadre: TClient, input: TVisitCreate): Promise<TVisitView> {
  const res = await cadre.request({ method: 'POST', url: '/api/visits', payload: input });
  if (res.statusCode !== 200) throw new Error(`record visit failed: ${res.statusCode} ${res.body}`);
  return res.json<TVisitView>();
}

/** Registers a request (source `cadre`) through the API; fails the test if refused. */
export async function createRequest(client: TClient, input: TRequestCreate): Promise<TRequestView> {
  const res = await client.request({ method: 'POST', url: '/api/requests', payload: input });
  if (res.statusCode !== 200) throw new Error(`create request failed: ${res.statusCode} ${res.body}`);
  return res.json<TRequestView>();
}

/** The night visit of the requests tests, with the ids of what it made. */
export type TNightVisit = {
  /** 王大山, registered before the visit (phone 13812345678). */
  household: THouseholdView;
  visit: TVisitView;
  /** The road to mend (王大山's) and the health-insurance question (李秀英's, a new household). */
  infrastructureId: number;
  socialSecurityId: number;
};

/**
 * Yesterday evening's visit (20:30) by `cadre` to 王大山 (registered first) and 李秀英 (new),
 * raising an infrastructure request and a social-security one.
 */
export async function recordNightVisit(
  cadre: TClient,
  villageCode: string,
  today: string,
): Promise<TNightVisit> {
  const household = await createHousehold(cadre, {
    villageCode,
    headName: '王大山',
    address: '三组 12 号',
    phone: '13812345678',
  });
  const visit = await recordVisit(cadre, {
    visitedAt: `${addDays(today, -1)}T20:30`,
    householdIds: [household.id],
    newHouseholds: [{ headName: '李秀英', address: '五组', phone: '13912345678' }],
    attendees: '户主及老伴',
    heard: '村道坑洼，雨天难走；老人医保报销不清楚',
    requests: [
      {
        category: 'infrastructure',
        urgency: 'normal',
        description: '三组村道坑洼需修补',
        householdId: household.id,
      },
      { category: 'social_security', description: '老人医保报销咨询', newHouseholdIndex: 0 },
    ],
  });
  const idOf = (category: string) => visit.requests.find((r) => r.category === category)!.id;
  return {
    household,
    visit,
    infrastructureId: idOf('infrastructure'),
    socialSecurityId: idOf('social_security'),
  };
}
