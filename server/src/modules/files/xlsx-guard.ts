import { createInflateRaw } from 'node:zlib';
import { AppError, invalidField } from '../../errors.ts';
import { readZipEntries, type TZipEntry } from './zip-entries.ts';

/**
 * The most an uploaded workbook may inflate to. The largest import the row limit lets through,
 * 20,000 rows of the cadres' ledger with every cell different, inflates to about 38 MB (the sheet
 * 21 MB, the shared strings 17 MB; the county's 1,000 cadres to about 2 MB): 64 MB leaves room for
 * styles and for other programs' ways of writing the same rows.
 */
export const MAX_XLSX_INFLATED_MB = 64;
const MAX_INFLATED_BYTES = MAX_XLSX_INFLATED_MB * 1024 * 1024;
/** A workbook has a dozen parts or so: sheets, their relations, styles, strings, properties. */
export const MAX_XLSX_ENTRIES = 1000;
/** Inflated bytes looked at a time: the memory a check holds, whatever the file. */
const CHUNK = 64 * 1024;

/** A row element (`<row …>`, `<x:row/>`), not `<rowBreaks>`; at most 38 characters. */
const ROW = /<(?:[A-Za-z_][\w.-]{0,31}:)?row[\s/>]/g;
const LONGEST_ROW_TAG = 38;
/** The sheet's declared extent (`<dimension ref="A1:W20001"/>`): its last row. */
const DIMENSION = /<(?:[A-Za-z_][\w.-]{0,31}:)?dimension\s+ref="[A-Za-z$]*\d*(?::[A-Za-z$]*(\d+))?"/;
const HEAD = 64 * 1024;

type TLimits = { maxRows: number; field: string };

/**
 * Counts the row elements of a part as it is inflated, and reads its declared extent from its head:
 * more than the header and `maxRows` rows below it is refused at once.
 */
function rowCounter({ maxRows, field }: TLimits) {
  const tooMany = () => invalidField(field, 'excel_too_many_rows', { max: maxRows });
  let rows = 0;
  let carry = '';
  let head = '';
  const scan = (text: string, cutoff: number) => {
    ROW.lastIndex = 0;
    for (let m = ROW.exec(text); m && m.index < cutoff; m = ROW.exec(text)) rows++;
    if (rows > maxRows + 1) throw tooMany();
  };
  return {
    add(chunk: Buffer) {
      const text = carry + chunk.toString('latin1');
      if (head.length < HEAD) {
        head += text.slice(carry.length);
        const lastRow = Number(DIMENSION.exec(head)?.[1] ?? 0);
        if (lastRow > maxRows + 1) throw tooMany();
      }
      // a tag cut in two by the chunk's end is counted with the next chunk
      const cutoff = Math.max(0, text.length - LONGEST_ROW_TAG);
      scan(text, cutoff);
      carry = text.slice(cutoff);
    },
    end() {
      scan(carry, carry.length);
    },
  };
}

/**
 * Inflates a part chunk by chunk, never keeping more than a chunk: `over` as soon as it exceeds
 * `cap` bytes, `corrupt` when the deflated data is broken. `onChunk` may throw to stop.
 */
async function inflateCapped(data: Buffer, cap: number, onChunk: (chunk: Buffer) => void) {
  const inflate = createInflateRaw({ chunkSize: CHUNK });
  inflate.end(data);
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > cap) return 'over';
      onChunk(chunk);
    }
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) throw error;
    return 'corrupt';
  } finally {
    inflate.destroy();
  }
}

async function checkEntry(entry: TZipEntry, limits: TLimits) {
  const rows = rowCounter(limits);
  const { method, data, declaredSize } = entry;
  let outcome: 'ok' | 'over' | 'corrupt';
  if (method === 0) {
    outcome = data.length > declaredSize ? 'over' : 'ok';
    for (let at = 0; outcome === 'ok' && at < data.length; at += CHUNK)
      rows.add(data.subarray(at, at + CHUNK));
  } else if (method === 8) outcome = await inflateCapped(data, declaredSize, (chunk) => rows.add(chunk));
  else outcome = 'corrupt';
  if (outcome === 'corrupt') throw new AppError('validation', 'import_unreadable');
  // a part that inflates to more than its directory entry says is forged or broken: refused
  if (outcome === 'over') throw invalidField(limits.field, 'excel_size_mismatch');
  rows.end();
}

/**
 * Keeps Excel bombs out (a small .xlsx that inflates to hundreds of MB, or holds millions of rows)
 * before any parser sees the file: the sizes its zip directory declares must add up to at most
 * `MAX_XLSX_INFLATED_MB`, every part must inflate to no more than it declares (checked by inflating
 * it chunk by chunk), and no sheet may declare or hold more than a header row and `maxRows` rows.
 * Errors name `field` ('file' by default). Every Excel import calls it before exceljs.
 */
export async function assertXlsxWithinLimits(
  bytes: Buffer,
  options: { maxRows: number; field?: string },
): Promise<void> {
  const limits = { maxRows: options.maxRows, field: options.field ?? 'file' };
  const entries = readZipEntries(bytes, MAX_XLSX_ENTRIES);
  if (entries === 'too many')
    throw invalidField(limits.field, 'excel_too_many_parts', { max: MAX_XLSX_ENTRIES });
  if (!entries) throw new AppError('validation', 'import_unreadable');
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > MAX_INFLATED_BYTES)
    throw invalidField(limits.field, 'excel_too_large', { max: MAX_XLSX_INFLATED_MB });
  for (const entry of entries) await checkEntry(entry, limits);
}
