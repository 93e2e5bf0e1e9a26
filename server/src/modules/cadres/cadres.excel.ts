import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { readSheetRows } from '../files/xlsx-rows.ts';
import { COLUMNS, type TColumnKey } from './cadres.excel-columns.ts';
import type { TRowCells } from './cadres.excel-rows.ts';

const SHEET = '干部台账';
const CREATOR = 'Zhucun 驻村';

/** exceljs keeps range validations on the sheet (one rule for a whole column), though its types omit them. */
const validations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } })
    .dataValidations;
const LAST_ROW = 20_001;

type TVillageRow = { township: string; village: string; code: string };

/** The ledger sheet: Chinese headers, value lists on coded columns and text format on ID/phone/dates. */
function ledgerSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, style: { numFmt: '@' } }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2E6E6' } };
  COLUMNS.forEach((c, i) => {
    const letter = ws.getColumn(i + 1).letter;
    if (c.choices)
      validations(ws).add(`${letter}2:${letter}${LAST_ROW}`, {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`"${c.choices.join(',')}"`],
      });
  });
  return ws;
}

/** The villages the ledger may name (a second sheet). */
function villageSheet(wb: ExcelJS.Workbook) {
  const list = wb.addWorksheet('村（社区）名录');
  list.columns = [
    { header: '乡镇', key: 'township', width: 14 },
    { header: '村（社区）', key: 'village', width: 22 },
    { header: '区划代码', key: 'code', width: 16 },
  ];
  list.getRow(1).font = { bold: true };
  return list;
}

/** A sheet with the ledger's Chinese headers, value lists on coded columns and text format on ID/phone/dates. */
export function ledgerWorkbook(rows: Record<TColumnKey, string>[], villages: TVillageRow[]) {
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  const ws = ledgerSheet(wb);
  for (const row of rows) ws.addRow(row);
  const list = villageSheet(wb);
  for (const v of villages) list.addRow(v);
  return wb;
}

/** Rows (and shared strings) written between two turns of the event loop. */
const ROW_BATCH = 20;
const STRING_BATCH = 1000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Adds and writes out rows, letting other requests run after every batch. */
async function streamRows(ws: ExcelJS.Worksheet, rows: readonly object[]) {
  for (const [i, row] of rows.entries()) {
    ws.addRow(row).commit();
    if (i % ROW_BATCH === ROW_BATCH - 1) await nextTurn();
  }
  ws.commit();
}

/** What the shared strings need of exceljs' (4.4) streaming writer. */
type TWriterParts = {
  sharedStrings: { count: number; values: string[] };
  zip: { append(data: string, options: { name: string }): void };
  addSharedStrings: () => Promise<void>;
};

const XML_ESCAPES: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: exceljs drops these control characters
const XML_UNSAFE = /["&'<>\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;

/** One shared string as exceljs writes it (`SharedStringXform`, `utils.xmlEncode`). */
const sharedString = (text: string) =>
  `<si><t${/^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : ''}>${text.replace(XML_UNSAFE, (c) => XML_ESCAPES[c] ?? '')}</t></si>`;

/**
 * The shared strings (every distinct text of the file, ~10,000 for a county) written by batches:
 * exceljs renders them in one go when the workbook is committed. Same XML.
 */
function writeSharedStringsByBatches(wb: ExcelJS.stream.xlsx.WorkbookWriter) {
  const parts = wb as unknown as Partial<TWriterParts>;
  const { sharedStrings, zip } = parts;
  // another exceljs than the one this was written against: leave its own writing alone
  if (!Array.isArray(sharedStrings?.values) || typeof zip?.append !== 'function') return;
  parts.addSharedStrings = async () => {
    const { count, values } = sharedStrings;
    if (!count) return;
    const xml = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${values.length}">`,
    ];
    for (let i = 0; i < values.length; i += STRING_BATCH) {
      xml.push(
        values
          .slice(i, i + STRING_BATCH)
          .map(sharedString)
          .join(''),
      );
      await nextTurn();
    }
    xml.push('</sst>');
    zip.append(xml.join(''), { name: '/xl/sharedStrings.xml' });
  };
}

/** The file being written now: files are written one after another (see `ledgerFile`). */
let writing: Promise<unknown> = Promise.resolve();

/**
 * The workbook of `ledgerWorkbook` as a file (the same sheets, cells, styles and strings), written by
 * exceljs' streaming writer: rows are rendered in batches with the event loop free between them and
 * compressed by zlib off the loop, so a county's export does not hold other requests up (the in-memory
 * writer renders a sheet in one go). One file at a time per process: writing is CPU on the one event
 * loop either way, and interleaved exports would only stretch each batch's turn.
 */
export function ledgerFile(rows: Record<TColumnKey, string>[], villages: TVillageRow[]): Promise<Buffer> {
  const file = writing.then(() => writeLedgerFile(rows, villages));
  writing = file.catch(() => {});
  return file;
}

async function writeLedgerFile(rows: Record<TColumnKey, string>[], villages: TVillageRow[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  writeSharedStringsByBatches(wb);
  await streamRows(ledgerSheet(wb), rows);
  await streamRows(villageSheet(wb), villages);
  await wb.commit();
  return Buffer.concat(chunks);
}

/** The data rows of an uploaded ledger, by column key, with their sheet row numbers. */
export function readLedger(buffer: Buffer, maxRows: number): Promise<{ row: number; cells: TRowCells }[]> {
  return readSheetRows(buffer, COLUMNS, maxRows) as Promise<{ row: number; cells: TRowCells }[]>;
}
