import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import busboy = require('busboy');
import type { Request } from 'express';

export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
  }
}

export interface UploadedFile {
  path: string;
  fileName: string;
  cleanup(): Promise<void>;
}

/** Where uploads wait for their import: one file each, named `<pid>-…` after the process that owns it. */
export function uploadDir(): string {
  return process.env['UPLOAD_DIR'] || join(tmpdir(), 'bs-uploads');
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * At start: deletes the upload files left by processes that are gone (crashed or killed mid-import),
 * and the unnamed leftovers of older versions. Files of a live process (another API on the same
 * machine) are kept. Returns how many were removed.
 */
export async function sweepUploadDir(dir = uploadDir()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const m = /^p(\d+)-/.exec(name);
    if (m && alive(Number(m[1]))) continue;
    await rm(join(dir, name), { force: true, recursive: true });
    removed++;
  }
  return removed;
}

/**
 * Streams the multipart field `file` to a temporary file (never buffered whole in memory). A client
 * that aborts mid-upload gets its file stream closed and the partial file deleted at once.
 */
export async function uploadToDisk(req: Request, maxBytes: number): Promise<UploadedFile> {
  const dir = uploadDir();
  await mkdir(dir, { recursive: true });
  const ctype = req.headers['content-type'] ?? '';
  if (!ctype.startsWith('multipart/form-data')) {
    throw new UploadError(
      400,
      '请以 multipart/form-data 上传，字段名为 file',
      'upload as multipart/form-data with the field "file"',
    );
  }
  return new Promise<UploadedFile>((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 10 } });
    } catch {
      reject(new UploadError(400, '无法解析上传内容', 'malformed multipart upload'));
      return;
    }
    let done: Promise<UploadedFile> | null = null;
    let settled = false;
    let abortFile: ((err: Error) => void) | null = null;
    const fail = (err: UploadError) => {
      abortFile?.(err);
      if (done) done.catch(() => undefined);
      if (!settled) {
        settled = true;
        reject(err);
      }
    };
    const interrupted = () => new UploadError(400, '上传中断或格式错误', 'upload interrupted or malformed');
    // The client went away before the body ended: close the file and delete it now.
    req.on('close', () => {
      if (!req.complete) fail(interrupted());
    });
    bb.on('file', (field, stream, info) => {
      if (field !== 'file' || done) {
        stream.resume();
        return;
      }
      const fileName = basename(info.filename || 'upload');
      const path = join(
        dir,
        `p${process.pid}-${Date.now()}-${randomBytes(6).toString('hex')}-${fileName.replace(/[^\w.\-\u4e00-\u9fa5]/g, '_')}`,
      );
      const cleanup = () => rm(path, { force: true });
      let truncated = false;
      stream.on('limit', () => (truncated = true));
      abortFile = (err) => stream.destroy(err);
      done = pipeline(stream, createWriteStream(path)).then(
        async () => {
          if (truncated) {
            await cleanup();
            throw new UploadError(
              413,
              `文件超过大小上限 ${maxBytes} 字节`,
              `file exceeds the upload limit of ${maxBytes} bytes`,
            );
          }
          return { path, fileName, cleanup };
        },
        async (err: unknown) => {
          await cleanup();
          throw err instanceof UploadError ? err : interrupted();
        },
      );
    });
    bb.on('error', () => fail(interrupted()));
    bb.on('close', () => {
      if (settled) return;
      if (!done) fail(new UploadError(400, '缺少上传文件（字段名 file）', 'no file in the field "file"'));
      else
        done.then(
          (f) => {
            settled = true;
            resolve(f);
          },
          (e: unknown) => fail(e instanceof UploadError ? e : interrupted()),
        );
    });
    req.pipe(bb);
  });
}
