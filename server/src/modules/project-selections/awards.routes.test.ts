import {
  addDays,
  localDate,
  type TProjectAward,
  type TProjectAwardList,
  type TSelection,
} from '@zhucun/core';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegWithGps } from '../../test/images.ts';
import { selectionsContext, type TSelectionsContext } from './selections.test-context.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 典型案例: an awarded project's case page (what was done, results, photos) and its Word export. */
describe('the case pages of awarded projects', () => {
  let c: TSelectionsContext;
  let awardId: number;
  beforeAll(async () => {
    c = await selectionsContext();
    const today = localDate(c.t.clock.now());
    const { selection, nominationId } = await c.toNotice(2023, addDays(today, -30));
    const confirmed = c.ok<TSelection>(
      await c.county(selection.id, 'confirm', { nominationIds: [nominationId] }),
    );
    awardId = confirmed.nominations[0]!.awardId!;
  });
  afterAll(() => c.t.close());

  const get = async (who: string) =>
    c.ok<TProjectAward>(
      await c.clients[who]!.request({ method: 'GET', url: `/api/project-awards/${awardId}` }),
    );
  const edit = (who: string) =>
    c.clients[who]!.request({
      method: 'PUT',
      url: `/api/project-awards/${awardId}`,
      payload: {
        casePractice: '村党支部书记领办，整合衔接资金建设日光温室。\n引进龙头企业订单收购。',
        caseResults: '带动 35 户农户年均增收 8000 元。',
      },
    });

  it('is written by the project’s township (not another) and read by every reader of projects', async () => {
    expect((await edit('nanhezhong')).statusCode).toBe(404);
    const res = await edit('jincheng');
    expect(res.statusCode, res.body).toBe(200);
    const own = res.json<TProjectAward>();
    expect(own).toMatchObject({
      year: 2023,
      title: '2023年度日光温室',
      townshipName: '金城镇',
      mayEdit: true,
    });
    expect(own.leaderName).toBe(await c.nameOf(c.leader.personId));
    const elsewhere = await get('nanhezhong');
    expect(elsewhere).toMatchObject({
      caseResults: '带动 35 户农户年均增收 8000 元。',
      mayEdit: false,
      leaderName: null,
    });
    const list = c.ok<TProjectAwardList>(
      await c.clients.viewer!.request({ method: 'GET', url: '/api/project-awards' }),
    );
    expect(list.items.map((i) => [i.year, i.title])).toContainEqual([2023, '2023年度日光温室']);
    expect((await c.audits('selection.case_update')).map((a) => a.object_id)).toContain(String(awardId));
  });

  it('keeps photos the editor uploaded, and exports the case to Word with its text and photos', async () => {
    const upload = async (who: string) =>
      c.ok<{ id: number }>(
        await c.clients[who]!.request({
          method: 'POST',
          url: '/api/project-awards/photos',
          headers: { 'content-type': 'image/jpeg' },
          payload: await jpegWithGps(400, 300),
        }),
      ).id;
    const theirs = await upload('nanhezhong');
    const borrowed = await c.clients.jincheng!.request({
      method: 'POST',
      url: `/api/project-awards/${awardId}/photos`,
      payload: { photoId: theirs },
    });
    expect(borrowed.statusCode).toBe(400);
    const photoId = await upload('jincheng');
    const added = c.ok<TProjectAward>(
      await c.clients.jincheng!.request({
        method: 'POST',
        url: `/api/project-awards/${awardId}/photos`,
        payload: { photoId },
      }),
    );
    expect(added.photos).toEqual([{ photoId }]);
    const shown = await c.clients.viewer!.request({
      method: 'GET',
      url: `/api/project-awards/photos/${photoId}`,
    });
    expect(shown.statusCode).toBe(200);

    const res = await c.clients.viewer!.request({
      method: 'GET',
      url: `/api/project-awards/${awardId}/case.docx`,
    });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
      '典型案例-2023-2023年度日光温室.docx',
    );
    const zip = await JSZip.loadAsync(res.rawPayload);
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    for (const words of [
      '2023年度日光温室',
      '2023 年度优秀创新项目典型案例',
      '一、主要做法',
      '引进龙头企业订单收购',
      '二、取得成效',
      '三、图片资料',
    ])
      expect(text).toContain(words);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
  });
});
