import { FileHandle } from 'fs/promises';
import { FileRejectedError } from './file-rejected-error';

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** Filled by the tiling check: where the entry's compressed data starts. */
  dataOffset: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const MAX_ENTRIES = 10_000;
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;

/** Reads the zip central directory (including zip64 records) with positioned reads only. */
export interface CentralDirectory {
  entries: ZipEntry[];
  /** Where the central directory starts: the local entries must end just before it. */
  offset: number;
}

export async function readCentralDirectory(handle: FileHandle, fileSize: number): Promise<CentralDirectory> {
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = await readAt(handle, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw invalid();
  let count = tail.readUInt16LE(eocd + 10);
  let size = tail.readUInt32LE(eocd + 12);
  let offset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR_SIG) throw invalid();
    const record = await readAt(handle, safeNumber(tail.readBigUInt64LE(locator + 8)), 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD_SIG) throw invalid();
    count = safeNumber(record.readBigUInt64LE(32));
    size = safeNumber(record.readBigUInt64LE(40));
    offset = safeNumber(record.readBigUInt64LE(48));
  }
  if (count === 0 || count > MAX_ENTRIES || size > MAX_DIRECTORY_BYTES || offset + size > fileSize)
    throw invalid();
  return { entries: parseEntries(await readAt(handle, offset, size), count), offset };
}

function parseEntries(dir: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL_SIG) throw invalid();
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    if (p + 46 + nameLength + extraLength + commentLength > dir.length) throw invalid();
    const entry: ZipEntry = {
      name: dir.toString('utf8', p + 46, p + 46 + nameLength),
      flags: dir.readUInt16LE(p + 8),
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      uncompressedSize: dir.readUInt32LE(p + 24),
      localOffset: dir.readUInt32LE(p + 42),
      dataOffset: 0,
    };
    applyZip64Extra(entry, dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes saturated at 0xffffffff live in the zip64 extra field (id 1), in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  const needs = [entry.uncompressedSize, entry.compressedSize, entry.localOffset].some(
    (v) => v === 0xffffffff,
  );
  if (!needs) return;
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        if (q + 8 > p + 4 + length) throw invalid();
        const value = safeNumber(extra.readBigUInt64LE(q));
        q += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    p += 4 + length;
  }
  throw invalid();
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) throw invalid();
  return buffer;
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw invalid();
  return Number(value);
}

function invalid(): FileRejectedError {
  return new FileRejectedError(
    '不是有效的 Excel (.xlsx) 文件或文件已损坏',
    'not a valid .xlsx file, or the file is corrupt',
  );
}
