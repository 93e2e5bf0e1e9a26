import type { TCadreList } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { errorOf, ROOMY_LOGIN } from '../../test/factories.ts';
import { ledgerXlsx, sheetRow, XLSX } from '../../test/ledger-factory.ts';
import { dimensionBomb, rowBomb, spaceBomb } from '../../test/xlsx-bomb.ts';

const MB = 1024 * 1024;

/**
 * Runs `work` while sampling this process's resident memory; how far it rose above where it was
 * before, at its highest, in MB (a sampler, not a timer: nothing here is timed).
 */
async function memoryGrowthOf<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  const sampler = setInterval(sample, 5);
  try {
    const result = await work();
    sample();
    return { result, growthMb: (peak - before) / MB };
  } finally {
    clearInterval(sampler);
  }
}

describe('Excel bombs are refused before they are parsed', () => {
  let t: TTestApp;
  let jincheng: TClient;
  /** A real ledger with one good row (named 炸弹<n>), which an import would take. */
  let template: (n: number) => Promise<Buffer>;
  const upload = (file: Buffer) =>
    jincheng.request({
      method: 'POST',
      url: '/api/cadres/import',
      payload: file,
      headers: { 'content-type': XLSX },
    });
  const count = async (q: string) =>
    (
      await jincheng.request({ method: 'GET', url: `/api/cadres?pageSize=1&q=${encodeURIComponent(q)}` })
    ).json<TCadreList>().total;

  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    jincheng = await t.signIn('jincheng');
    template = (n) => ledgerXlsx([sheetRow(n, '炸弹')]);
  });
  afterAll(() => t.close());

  it('refuses a 0.5 MB workbook that inflates to 500 MB, three at once, from the sizes its zip declares: 400 naming the file, nothing imported, memory growth under 100 MB', async () => {
    const bombs = await Promise.all([1, 2, 3].map(async (n) => spaceBomb(await template(n), 500)));
    expect(bombs.every((b) => b.length < 600 * 1024)).toBe(true);
    const { result, growthMb } = await memoryGrowthOf(() => Promise.all(bombs.map(upload)));
    expect(result).toHaveLength(3);
    for (const res of result) {
      expect(res.statusCode, res.body).toBe(400);
      expect(errorOf(res).message).toBe('提交的内容有误：Excel 文件解压后过大（超过 64 MB），请检查文件');
      expect(errorOf(res).details).toEqual([
        { field: 'file', message: 'Excel 文件解压后过大（超过 64 MB），请检查文件' },
      ]);
    }
    expect(growthMb).toBeLessThan(100);
    expect(await count('炸弹')).toBe(0);
  });

  it('refuses a workbook whose zip under-declares a part (2 KB said, 500 MB inside), inflating no more than it says', async () => {
    const liar = spaceBomb(await template(4), 500, 2048);
    const { result: res, growthMb } = await memoryGrowthOf(() => upload(liar));
    expect(res.statusCode, res.body).toBe(400);
    expect(errorOf(res).details).toEqual([
      {
        field: 'file',
        message: 'Excel 文件已损坏：解压后的内容比文件声明的大小还大，请用 Excel 重新保存后再上传',
      },
    ]);
    expect(growthMb).toBeLessThan(100);
    expect(await count('炸弹')).toBe(0);
  });

  it('refuses a sheet that holds or declares more rows than one import takes (20,000 below the header)', async () => {
    const tooMany = 'Excel 文件的工作表超过 20000 行（不含表头），一次最多导入 20000 行，请分批导入';
    // 30,000 empty rows after a good one (a few hundred KB inflated), and a sheet declaring A1:W1048576
    for (const file of [rowBomb(await template(5), 30_000), dimensionBomb(await template(6), 1_048_576)]) {
      const res = await upload(file);
      expect(res.statusCode, res.body).toBe(400);
      expect(errorOf(res).details).toEqual([{ field: 'file', message: tooMany }]);
    }
    expect(await count('炸弹')).toBe(0);
    // the same good row in an honest file imports
    const res = await upload(await template(7));
    expect(res.statusCode, res.body).toBe(200);
    expect(await count('炸弹')).toBe(1);
  });

  it('refuses what is not a zip at all as unreadable', async () => {
    const res = await upload(Buffer.from('PK\u0003\u0004 not really a workbook'));
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toBe('无法读取文件，请上传 .xlsx 格式的 Excel 文件');
  });
});
