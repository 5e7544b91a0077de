import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
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

/** Streams the multipart field `file` to a temporary file (never buffered whole in memory). */
export async function uploadToDisk(req: Request, maxBytes: number): Promise<UploadedFile> {
  const dir = join(tmpdir(), 'bs-uploads');
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
    bb.on('file', (field, stream, info) => {
      if (field !== 'file') {
        stream.resume();
        return;
      }
      const fileName = basename(info.filename || 'upload');
      const path = join(
        dir,
        `${Date.now()}-${randomBytes(6).toString('hex')}-${fileName.replace(/[^\w.\-\u4e00-\u9fa5]/g, '_')}`,
      );
      const cleanup = () => rm(path, { force: true });
      let truncated = false;
      stream.on('limit', () => (truncated = true));
      done = pipeline(stream, createWriteStream(path)).then(async () => {
        if (truncated) {
          await cleanup();
          throw new UploadError(
            413,
            `文件超过大小上限 ${maxBytes} 字节`,
            `file exceeds the upload limit of ${maxBytes} bytes`,
          );
        }
        return { path, fileName, cleanup };
      });
    });
    bb.on('error', () =>
      reject(new UploadError(400, '上传中断或格式错误', 'upload interrupted or malformed')),
    );
    bb.on('close', () => {
      if (!done) reject(new UploadError(400, '缺少上传文件（字段名 file）', 'no file in the field "file"'));
      else done.then(resolve, reject);
    });
    req.pipe(bb);
  });
}
