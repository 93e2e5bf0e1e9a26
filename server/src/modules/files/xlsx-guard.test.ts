import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { translate } from '../../i18n/messages.ts';
import { ledgerXlsx, sheetRow } from '../../test/ledger-factory.ts';
import { deflatedPart, rowBomb, spaceBomb, zipOf } from '../../test/xlsx-bomb.ts';
import { ledgerFile } from '../cadres/cadres.excel.ts';
import { assertXlsxWithinLimits } from './xlsx-guard.ts';

/** What the guard says about a file: 'ok', or the message (and field) a person reads. */
async function verdict(bytes: Buffer, maxRows = 20_000): Promise<string> {
  try {
    await assertXlsxWithinLimits(bytes, { maxRows });
    return 'ok';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const detail = error.details[0];
    return detail
      ? `${detail.field}: ${translate(detail.key, { field: detail.field, ...detail.params }, 'zh-CN')}`
      : translate(error.key, error.params, 'zh-CN');
  }
}

describe('the Excel upload guard', () => {
  let template: Buffer;
  beforeAll(async () => {
    template = await ledgerXlsx([sheetRow(1, '守卫')]);
  });

  it('lets honest workbooks through: exceljs’ own, the streaming export, one with bytes before the archive', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => sheetRow(i, '守卫'));
    expect(await verdict(template)).toBe('ok');
    expect(await verdict(await ledgerXlsx(rows))).toBe('ok');
    expect(await verdict(await ledgerFile(rows, []))).toBe('ok');
    // data before the archive (as in self-extracting files): exceljs reads it, so does the guard
    const prefixed = Buffer.concat([Buffer.alloc(100, 7), template]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(prefixed as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(2).getCell(1).value).toBe('守卫001');
    expect(await verdict(prefixed)).toBe('ok');
    expect(await verdict(Buffer.concat([Buffer.alloc(100, 7), spaceBomb(template, 100)]))).toBe(
      'file: Excel 文件解压后过大（超过 64 MB），请检查文件',
    );
  });

  it('counts every row, those cut in two between inflated chunks too: a header and maxRows rows pass, one more does not', async () => {
    // the template's header and row, then 19,999 rows of 6 bytes: 120 KB, two chunk ends cut through tags
    expect(await verdict(rowBomb(template, 19_999))).toBe('ok');
    expect(await verdict(rowBomb(template, 20_000))).toBe(
      'file: Excel 文件的工作表超过 20000 行（不含表头），一次最多导入 20000 行，请分批导入',
    );
  });

  it('refuses a zip of more parts than any workbook has, and broken or truncated files', async () => {
    const parts = Array.from({ length: 1001 }, (_, i) =>
      deflatedPart(`p${i}.xml`, [{ bytes: Buffer.from('x') }]),
    );
    expect(await verdict(zipOf(parts))).toBe(
      'file: Excel 文件包含的部件超过 1000 个，不是正常的 Excel 文件，请检查文件',
    );
    const unreadable = '无法读取文件，请上传 .xlsx 格式的 Excel 文件';
    expect(await verdict(template.subarray(0, template.length - 30))).toBe(unreadable);
    expect(await verdict(Buffer.from('just text'))).toBe(unreadable);
    const broken = deflatedPart('xl/worksheets/sheet1.xml', [{ bytes: Buffer.from('<worksheet/>') }]);
    broken.deflated = Buffer.from([0xff, 0xff, 0xff, 0xff]);
    expect(await verdict(zipOf([broken]))).toBe(unreadable);
  });
});
