// Excel bombs for tests and the bench: valid workbooks whose parts inflate to far more than the file
// weighs. The padding is deflated once and its deflated block repeated, so a 500 MB part is built
// without 500 MB ever being in memory.
import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { readZipEntries } from '../modules/files/zip-entries.ts';

const MiB = 1024 * 1024;

/** One part of a zip, kept deflated; `declaredSize` is what the zip's directories say it inflates to. */
export type TZipPart = { name: string; deflated: Buffer; crc: number; size: number; declaredSize: number };

/** A part made of pieces, each repeated `times`: deflated piece by piece (full flush), then ended. */
export function deflatedPart(name: string, pieces: { bytes: Buffer; times?: number }[]): TZipPart {
  const blocks: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const { bytes, times = 1 } of pieces) {
    const block = deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH });
    for (let i = 0; i < times; i++) {
      blocks.push(block);
      crc = crc32(bytes, crc);
      size += bytes.length;
    }
  }
  blocks.push(deflateRawSync(Buffer.alloc(0))); // the final, empty block
  return { name, deflated: Buffer.concat(blocks), crc, size, declaredSize: size };
}

/** A zip of the parts (deflated, no data descriptors), declaring each part's `declaredSize`. */
export function zipOf(parts: TZipPart[]): Buffer {
  const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
  const files: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(part.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    files.push(local, name, part.deflated);
    directory.push(central, name);
    offset += local.length + name.length + part.deflated.length;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...files, ...directory, end]);
}

/** The parts of a (small, honest) workbook, inflated: name → bytes. */
export function partsOf(xlsx: Buffer): Map<string, Buffer> {
  const entries = readZipEntries(xlsx, 1000);
  if (!Array.isArray(entries)) throw new Error('not a zip');
  return new Map(entries.map((e) => [e.name, e.method === 8 ? inflateRawSync(e.data) : e.data]));
}

const SHEET = 'xl/worksheets/sheet1.xml';

/**
 * The workbook again with its first sheet split at `marker` and `filler` repeated `times` there;
 * the sheet declared as `declaredSize` bytes when given (a lie), else its true size.
 */
function withFilledSheet(
  parts: Map<string, Buffer>,
  fill: {
    marker: string;
    filler: Buffer;
    times: number;
    rest?: Buffer;
    declaredSize?: number;
    sheet?: (xml: string) => string;
  },
): Buffer {
  const xml = (fill.sheet ?? ((x: string) => x))(parts.get(SHEET)!.toString('utf8'));
  const at = xml.indexOf(fill.marker);
  if (at < 0) throw new Error(`no ${fill.marker} in the sheet`);
  const sheet = deflatedPart(SHEET, [
    { bytes: Buffer.from(xml.slice(0, at)) },
    { bytes: fill.filler, times: fill.times },
    { bytes: fill.rest ?? Buffer.alloc(0) },
    { bytes: Buffer.from(xml.slice(at)) },
  ]);
  if (fill.declaredSize !== undefined) sheet.declaredSize = fill.declaredSize;
  const others = [...parts].filter(([name]) => name !== SHEET && !name.endsWith('/'));
  return zipOf([...others.map(([name, bytes]) => deflatedPart(name, [{ bytes }])), sheet]);
}

/** A valid workbook whose first sheet ends in `mib` MiB of spaces (~1 KB deflated per MiB). */
export function spaceBomb(template: Buffer, mib: number, declaredSize?: number): Buffer {
  const filler = Buffer.alloc(MiB, ' ');
  return withFilledSheet(partsOf(template), { marker: '</worksheet>', filler, times: mib, declaredSize });
}

/** A valid workbook whose first sheet holds `rows` more empty rows below its own (6 bytes each). */
export function rowBomb(template: Buffer, rows: number): Buffer {
  return withFilledSheet(partsOf(template), {
    marker: '</sheetData>',
    filler: Buffer.from('<row/>'.repeat(1000)),
    times: Math.floor(rows / 1000),
    rest: Buffer.from('<row/>'.repeat(rows % 1000)),
  });
}

/** A valid workbook whose first sheet's declared extent (`<dimension>`) ends at row `lastRow`. */
export function dimensionBomb(template: Buffer, lastRow: number): Buffer {
  return withFilledSheet(partsOf(template), {
    marker: '</worksheet>',
    filler: Buffer.from(' '),
    times: 1,
    sheet: (xml) => {
      const declared = xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:W${lastRow}"/>`);
      if (declared === xml) throw new Error('no <dimension> in the sheet');
      return declared;
    },
  });
}
