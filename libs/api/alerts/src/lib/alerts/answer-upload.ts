import busboy = require('busboy');
import type { Request } from 'express';
import {
  AttachmentError,
  checkFile,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  type CheckedFile,
} from './attachment-check';

export interface AnswerUpload {
  comment: string | null;
  files: CheckedFile[];
}

/**
 * Reads a unit's answer: multipart/form-data with the text field `comment` and up to
 * MAX_ATTACHMENTS files in the field `files` (each at most MAX_ATTACHMENT_BYTES), or JSON
 * `{comment}`. Throws AttachmentError for anything refused.
 */
export async function readAnswer(req: Request): Promise<AnswerUpload> {
  const ctype = req.headers['content-type'] ?? '';
  if (!ctype.startsWith('multipart/form-data')) {
    const body = (req.body ?? {}) as { comment?: unknown };
    return { comment: typeof body.comment === 'string' ? body.comment : null, files: [] };
  }
  return new Promise<AnswerUpload>((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: MAX_ATTACHMENTS, fileSize: MAX_ATTACHMENT_BYTES, fields: 5, fieldSize: 10_000 },
      });
    } catch {
      reject(new AttachmentError('无法解析上传内容', 'malformed multipart upload'));
      return;
    }
    let comment: string | null = null;
    const files: Promise<CheckedFile>[] = [];
    let problem: AttachmentError | null = null;
    bb.on('field', (name, value) => {
      if (name === 'comment') comment = value;
    });
    bb.on('file', (field, stream, info) => {
      if (field !== 'files' && field !== 'file') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let truncated = false;
      stream.on('limit', () => (truncated = true));
      stream.on('data', (c: Buffer) => chunks.push(c));
      const checked = new Promise<CheckedFile>((ok, fail) => {
        stream.on('end', () => {
          const name = info.filename || 'attachment';
          if (truncated) {
            fail(
              new AttachmentError(
                `文件 ${name} 超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`,
                `file ${name} is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`,
              ),
            );
            return;
          }
          try {
            ok(checkFile(name, Buffer.concat(chunks)));
          } catch (err) {
            fail(err);
          }
        });
      });
      checked.catch(() => undefined); // handled at 'close'; never an unhandled rejection
      files.push(checked);
    });
    bb.on('filesLimit', () => {
      problem = new AttachmentError(
        `一次最多上传 ${MAX_ATTACHMENTS} 个文件`,
        `at most ${MAX_ATTACHMENTS} files per answer`,
      );
    });
    bb.on('error', () => reject(new AttachmentError('无法解析上传内容', 'malformed multipart upload')));
    bb.on('close', () => {
      if (problem) {
        reject(problem);
        return;
      }
      Promise.all(files).then((checked) => resolve({ comment, files: checked }), reject);
    });
    req.pipe(bb);
  });
}
