import { createInflateRaw } from 'node:zlib';

/**
 * Limits an uploaded ZIP container (an .xlsx is one) must keep before anything parses it, so a
 * small file cannot inflate to gigabytes (a zip bomb). Generous for real workbooks: a list of
 * 5 000 items with long texts stays far below them.
 */
export const ZIP_LIMITS = {
  /** Entries in the archive (a workbook has a few dozen). */
  maxEntries: 1000,
  /** All entries together, inflated. */
  maxTotalBytes: 64 * 1024 * 1024,
  /** One entry's inflated size over its compressed size, for entries above `ratioFloorBytes`. */
  maxRatio: 100,
  /** Entries smaller than this may compress as well as they like. */
  ratioFloorBytes: 1024 * 1024,
} as const;

export type ZipLimit = 'entries' | 'total_size' | 'ratio' | 'not_zip' | 'unsupported';

/** Why an archive was refused: the limit, and its value for the message. */
export class ZipRefusedError extends Error {
  constructor(
    readonly limit: ZipLimit,
    readonly value: string,
  ) {
    super(`zip refused: ${limit} (${value})`);
  }
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries the central directory declares, and where that directory starts (ZIP64 and
 * multi-disk archives are refused).
 */
function readCentralDirectory(bytes: Buffer): { entries: Entry[]; directory: number } {
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipRefusedError('not_zip', 'no end of central directory');
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff || bytes.readUInt16LE(eocd + 4) !== 0)
    throw new ZipRefusedError('unsupported', 'ZIP64 or multi-disk');
  if (count > ZIP_LIMITS.maxEntries) throw new ZipRefusedError('entries', String(ZIP_LIMITS.maxEntries));
  if (offset + size > eocd) throw new ZipRefusedError('not_zip', 'central directory out of bounds');
  const entries: Entry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL)
      throw new ZipRefusedError('not_zip', 'bad central directory entry');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, directory: offset };
}

/** Inflates one entry, discarding the output, and fails as soon as it exceeds `limit` bytes. */
function inflatedSize(compressed: Buffer, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let total = 0;
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflate.destroy();
        resolve(total);
      }
    });
    inflate.on('end', () => resolve(total));
    inflate.on('error', (error) => reject(error));
    inflate.end(compressed);
  });
}

/**
 * Checks a ZIP archive against ZIP_LIMITS before it is parsed: the entry count and the declared
 * sizes from the central directory (total and compression ratio), then each entry actually
 * inflated — with the output discarded and stopped at its declared size — so an archive that
 * lies about its sizes is caught too. Throws ZipRefusedError naming the limit.
 */
export async function checkZipArchive(bytes: Buffer): Promise<void> {
  const { entries } = readCentralDirectory(bytes);
  let declared = 0;
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8)
      throw new ZipRefusedError('unsupported', `compression method ${entry.method}`);
    declared += entry.size;
    if (declared > ZIP_LIMITS.maxTotalBytes)
      throw new ZipRefusedError('total_size', megabytes(ZIP_LIMITS.maxTotalBytes));
    if (
      entry.size > ZIP_LIMITS.ratioFloorBytes &&
      entry.size / Math.max(entry.compressedSize, 1) > ZIP_LIMITS.maxRatio
    )
      throw new ZipRefusedError('ratio', String(ZIP_LIMITS.maxRatio));
  }
  let inflated = 0;
  for (const entry of entries) {
    const at = entry.localOffset;
    if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL)
      throw new ZipRefusedError('not_zip', `bad local header of ${entry.name}`);
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const compressed = bytes.subarray(start, start + entry.compressedSize);
    if (compressed.length !== entry.compressedSize)
      throw new ZipRefusedError('not_zip', `${entry.name} truncated`);
    const size =
      entry.method === 0
        ? compressed.length
        : await inflatedSize(compressed, entry.size).catch(() => {
            throw new ZipRefusedError('not_zip', `${entry.name} is not valid deflate data`);
          });
    // Larger than declared: the central directory lied, which only a crafted archive does.
    if (size > entry.size) throw new ZipRefusedError('total_size', megabytes(ZIP_LIMITS.maxTotalBytes));
    inflated += size;
    if (inflated > ZIP_LIMITS.maxTotalBytes)
      throw new ZipRefusedError('total_size', megabytes(ZIP_LIMITS.maxTotalBytes));
  }
}

/**
 * The same archive with its entries in another order: those `first` picks, then the rest. Only
 * the local records move (header, data and data descriptor, copied byte for byte); the central
 * directory is kept as it was, since a streaming reader — the only kind this feeds — reads the
 * local records in order and stops at the directory. Call after checkZipArchive.
 *
 * Why: exceljs's streaming reader spools every worksheet it meets before the shared strings to a
 * temporary file, and removes that file only when the sheet is read to its end — an import that
 * stops at its row limit, or at a bad header, would leave files in the temp folder.
 */
export function reorderZipEntries(bytes: Buffer, first: (name: string) => boolean): Buffer {
  const { entries, directory } = readCentralDirectory(bytes);
  entries.sort((a, b) => a.localOffset - b.localOffset);
  const spans = entries.map((entry, i) => ({
    first: first(entry.name),
    bytes: bytes.subarray(entry.localOffset, entries[i + 1]?.localOffset ?? directory),
  }));
  return Buffer.concat([
    ...spans.filter((s) => s.first).map((s) => s.bytes),
    ...spans.filter((s) => !s.first).map((s) => s.bytes),
    bytes.subarray(directory),
  ]);
}

const megabytes = (bytes: number) => `${bytes / 1024 / 1024} MB`;
