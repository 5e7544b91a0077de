import { createHash } from 'node:crypto';

/** Per file and per answer. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

/** A file that passed the checks, ready to store. */
export interface CheckedFile {
  fileName: string;
  contentType: string;
  data: Buffer;
  sha256: string;
}

/** A refused file, with the reason in Chinese and English. */
export class AttachmentError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'AttachmentError';
  }
}

const startsWith = (b: Buffer, bytes: number[], at = 0) => bytes.every((x, i) => b[at + i] === x);

/**
 * The content type a file really has, from its first bytes (the name and the browser's claim are
 * not trusted): PDF, PNG, JPEG, GIF, WebP, XLSX (a ZIP whose parts include `xl/`). Null otherwise.
 */
export function sniffContentType(b: Buffer): string | null {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) && b.includes('xl/')) {
    return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return null;
}

/** Keeps the base name, without control or path characters, at most 200 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_').trim();
  return (clean || 'attachment').slice(0, 200);
}

export function checkFile(fileName: string, data: Buffer): CheckedFile {
  const name = cleanFileName(fileName);
  if (data.length === 0) throw new AttachmentError(`文件 ${name} 为空`, `file ${name} is empty`);
  if (data.length > MAX_ATTACHMENT_BYTES) {
    throw new AttachmentError(
      `文件 ${name} 超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`,
      `file ${name} is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`,
    );
  }
  const contentType = sniffContentType(data);
  if (!contentType) {
    throw new AttachmentError(
      `文件 ${name} 不是 PDF、图片或 XLSX（按文件内容判断）`,
      `file ${name} is not a PDF, an image or an XLSX workbook (judged by its content)`,
    );
  }
  return { fileName: name, contentType, data, sha256: createHash('sha256').update(data).digest('hex') };
}
