import type { TTeamGap } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPosting } from '../../test/cadre-factory.ts';
import { ROOMY_LOGIN } from '../../test/factories.ts';

const COMMUNITY = '140622100001'; // 东关社区居委会: the demo county posts no team there

describe('posting gaps: work teams without a first secretary', () => {
  let t: TTestApp;
  let admin: TClient;
  const gaps = async (client: TClient) =>
    (await client.request({ method: 'GET', url: '/api/registry/gaps' })).json<{ items: TTeamGap[] }>().items;
  const post = (category: 'team_member' | 'first_secretary', postTitle: string) =>
    admin.request({
      method: 'POST',
      url: '/api/cadres',
      payload: buildCadre({ posting: buildPosting({ villageCode: COMMUNITY, category, postTitle }) }),
    });

  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  it('lists a team without a first secretary until one is posted, within scope only', async () => {
    expect(await gaps(admin)).toEqual([]); // every demo team has its first secretary
    await post('team_member', '驻村工作队员');
    await post('team_member', '驻村工作队员');
    expect(await gaps(admin)).toEqual([
      { code: COMMUNITY, name: '东关社区居委会', townshipName: '金城镇', members: 2 },
    ]);
    expect(await gaps(await t.signIn('jincheng'))).toHaveLength(1);
    expect(await gaps(await t.signIn('nanhezhong'))).toEqual([]);
    await post('first_secretary', '驻村第一书记');
    expect(await gaps(admin)).toEqual([]);
  });
});
