import { createReadStream } from 'fs';
import { FileHandle, open } from 'fs/promises';
import { Writable } from 'stream';
import { pipeline } from 'stream/promises';
import { createInflateRaw } from 'zlib';
import { FileRejectedError } from './file-rejected-error';
import { readCentralDirectory, ZipEntry } from './zip-central-directory';

export interface ZipLimits {
  maxUnzippedBytes: number;
  /** Largest accepted uncompressed/compressed ratio of an entry bigger than RATIO_FLOOR. */
  maxRatio: number;
  /**
   * Largest uncompressed xl/sharedStrings.xml: exceljs keeps the whole shared-strings table in
   * memory while it reads the sheet (9M strings took 583 MB), so its size is bounded up front.
   */
  maxSharedStringsBytes?: number;
}

/** Default bound of the shared-strings table (≈ 2 million typical strings, ≈ 150 MB of heap). */
export const MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024;

/** Entries smaller than this cannot be a bomb whatever their ratio (an empty sheet compresses well). */
const RATIO_FLOOR = 1024 * 1024;
/** Room for a data descriptor (signature, CRC, zip64 sizes) between entries. */
const MAX_GAP = 24;

/**
 * Zip-bomb defence run before any unzip library sees the file:
 * 1. the central directory's declared sizes: total and per-entry ratio;
 * 2. the local entries must tile the file (no hidden entries a streaming unzipper would read);
 * 3. every entry is inflated once into a counter and may not exceed its declared size.
 * Memory stays at a few stream buffers.
 */
export async function checkZip(filePath: string, fileSize: number, limits: ZipLimits): Promise<void> {
  const handle = await open(filePath, 'r');
  let entries: ZipEntry[];
  try {
    const directory = await readCentralDirectory(handle, fileSize);
    entries = directory.entries;
    checkDeclaredSizes(entries, limits);
    await checkTiling(handle, entries, directory.offset);
  } finally {
    await handle.close();
  }
  for (const entry of entries) await checkInflatedSize(filePath, entry);
}

function checkDeclaredSizes(entries: ZipEntry[], limits: ZipLimits): void {
  let total = 0;
  for (const e of entries) {
    if (e.flags & 1)
      throw new FileRejectedError('不支持加密的 Excel 文件', 'encrypted workbooks are not supported');
    if (e.method !== 0 && e.method !== 8) {
      throw new FileRejectedError(
        'Excel 文件使用了不支持的压缩方式',
        `unsupported zip compression method ${e.method}`,
      );
    }
    const sharedMax = limits.maxSharedStringsBytes ?? MAX_SHARED_STRINGS_BYTES;
    if (/(^|\/)sharedStrings\.xml$/i.test(e.name) && e.uncompressedSize > sharedMax) {
      const mb = Math.round(sharedMax / 1024 / 1024);
      throw new FileRejectedError(
        `Excel 文件的共享字符串表超过 ${mb} MB，请改用 CSV 格式上传大文件`,
        `the workbook's shared-strings table exceeds ${mb} MB; upload large files as CSV`,
      );
    }
    total += e.uncompressedSize;
    if (total > limits.maxUnzippedBytes)
      throw bomb('解压后总大小超过上限', 'total uncompressed size exceeds the limit');
    if (
      e.uncompressedSize > RATIO_FLOOR &&
      e.uncompressedSize / Math.max(e.compressedSize, 1) > limits.maxRatio
    ) {
      throw bomb('压缩比异常', `abnormal compression ratio in ${e.name}`);
    }
  }
}

async function checkTiling(handle: FileHandle, entries: ZipEntry[], directoryOffset: number): Promise<void> {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let expected = 0;
  const header = Buffer.alloc(30);
  for (const e of sorted) {
    if (e.localOffset < expected || e.localOffset > expected + MAX_GAP) throw corrupt();
    const { bytesRead } = await handle.read(header, 0, 30, e.localOffset);
    if (bytesRead < 30 || header.readUInt32LE(0) !== 0x04034b50) throw corrupt();
    e.dataOffset = e.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    expected = e.dataOffset + e.compressedSize;
    if (expected > directoryOffset) throw corrupt();
  }
  if (directoryOffset > expected + MAX_GAP) throw corrupt();
}

async function checkInflatedSize(filePath: string, entry: ZipEntry): Promise<void> {
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw corrupt();
    return;
  }
  if (entry.compressedSize === 0) {
    if (entry.uncompressedSize !== 0) throw corrupt();
    return;
  }
  let produced = 0;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      produced += chunk.length;
      done(
        produced > entry.uncompressedSize
          ? bomb('实际解压大小超过声明', `${entry.name} inflates beyond its declared size`)
          : null,
      );
    },
  });
  const start = entry.dataOffset;
  try {
    await pipeline(
      createReadStream(filePath, { start, end: start + entry.compressedSize - 1 }),
      createInflateRaw(),
      counter,
    );
  } catch (error) {
    if (error instanceof FileRejectedError) throw error;
    throw corrupt();
  }
}

function bomb(zh: string, en: string): FileRejectedError {
  return new FileRejectedError(`${zh}（疑似 zip 炸弹），已拒绝`, `${en} (suspected zip bomb); rejected`);
}

export function corrupt(): FileRejectedError {
  return new FileRejectedError(
    '不是有效的 Excel (.xlsx) 文件或文件已损坏',
    'not a valid .xlsx file, or the file is corrupt',
  );
}
