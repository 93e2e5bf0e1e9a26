/**
 * The entries of a zip file (an .xlsx is one) as its central directory declares them, read from the
 * buffer without inflating anything. It finds the same entries at the same places as JSZip (which
 * exceljs loads with): the last end-of-central-directory record, every central record that follows
 * its offset (whatever count the end record gives), ZIP64 sizes and offsets, data prepended before the
 * archive. Anything it cannot make sense of is `null`: the caller refuses the file.
 */
export type TZipEntry = {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Declared in the central directory; the entry's real size may differ (see xlsx-guard.ts). */
  declaredSize: number;
  /** The compressed bytes, as JSZip will read them. */
  data: Buffer;
};

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
const signature = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

/** Where the central directory is and where offset 0 of the archive sits in the buffer. */
function locateCentralDirectory(zip: Buffer): { start: number; zero: number } | null {
  const eocd = zip.lastIndexOf(signature(EOCD));
  if (eocd < 0 || eocd + 22 > zip.length) return null;
  let size = zip.readUInt32LE(eocd + 12);
  let offset = zip.readUInt32LE(eocd + 16);
  let end = offset + size;
  const zip64 =
    [4, 6, 8, 10].some((at) => zip.readUInt16LE(eocd + at) === MAX16) || size === MAX32 || offset === MAX32;
  if (zip64) {
    const locator = zip.lastIndexOf(signature(ZIP64_LOCATOR));
    if (locator < 0 || locator + 20 > zip.length) return null;
    let record = Number(zip.readBigUInt64LE(locator + 8));
    if (record + 56 > zip.length || zip.readUInt32LE(record) !== ZIP64_EOCD)
      record = zip.lastIndexOf(signature(ZIP64_EOCD));
    if (record < 0 || record + 56 > zip.length) return null;
    size = Number(zip.readBigUInt64LE(record + 40));
    offset = Number(zip.readBigUInt64LE(record + 48));
    end = offset + size + 20 + 12 + Number(zip.readBigUInt64LE(record + 4));
  }
  const zero = eocd - end; // bytes prepended to the archive
  if (zero < 0) return null;
  return { start: zero + offset, zero };
}

/** The ZIP64 extra field's values, in place of those saturated in the central record. */
function zip64Values(extra: Buffer, values: { size: number; compressed: number; local: number }) {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      const field = extra.subarray(at + 4, at + 4 + length);
      let next = 0;
      const read = () => {
        if (next + 8 > field.length) return Number.NaN;
        next += 8;
        return Number(field.readBigUInt64LE(next - 8));
      };
      if (values.size === MAX32) values.size = read();
      if (values.compressed === MAX32) values.compressed = read();
      if (values.local === MAX32) values.local = read();
      return values;
    }
    at += 4 + length;
  }
  return values;
}

/** The entries the central directory lists, or null when the buffer is not a zip this can read. */
export function readZipEntries(zip: Buffer, maxEntries: number): TZipEntry[] | 'too many' | null {
  const where = locateCentralDirectory(zip);
  if (!where) return null;
  const entries: TZipEntry[] = [];
  for (let at = where.start; at + 46 <= zip.length && zip.readUInt32LE(at) === CENTRAL; ) {
    if (entries.length === maxEntries) return 'too many';
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const extra = zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const { size, compressed, local } = zip64Values(extra, {
      size: zip.readUInt32LE(at + 24),
      compressed: zip.readUInt32LE(at + 20),
      local: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1 || ![size, compressed, local].every(Number.isSafeInteger)) return null; // encrypted
    const header = where.zero + local;
    if (header + 30 > zip.length || zip.readUInt32LE(header) !== LOCAL) return null;
    const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
    if (start + compressed > zip.length) return null;
    entries.push({ name, method, declaredSize: size, data: zip.subarray(start, start + compressed) });
  }
  return entries.length ? entries : null;
}
