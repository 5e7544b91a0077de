import { isAscii, isUtf8 } from 'buffer';
import * as iconv from 'iconv-lite';
import { FileRejectedError } from './file-rejected-error';

export type DetectedEncoding = 'utf-8' | 'gb18030';

interface ChunkDecoder {
  write(chunk: Buffer): string;
  end(): string;
}

/**
 * Decodes a CSV byte stream chunk by chunk, detecting the encoding on the way:
 * UTF-8 BOM -> UTF-8; while every byte seen is ASCII the choice waits (both decode ASCII alike);
 * at the first non-ASCII chunk: valid UTF-8 -> UTF-8, otherwise GB18030 (a superset of GBK).
 * Never returns replacement characters: undecodable bytes reject the file.
 */
export class CsvTextDecoder {
  private decoder: ChunkDecoder | null = null;
  private started = false;
  encoding: DetectedEncoding | null = null;

  /** `line` is only used to locate errors. */
  write(chunk: Buffer, line: number): string {
    if (chunk.indexOf(0) >= 0) throw binaryContent(line);
    let bytes = chunk;
    if (!this.started) {
      this.started = true;
      if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) {
        bytes = bytes.subarray(3);
        this.choose('utf-8');
      } else if (hasPrefix(bytes, [0xff, 0xfe]) || hasPrefix(bytes, [0xfe, 0xff])) {
        throw new FileRejectedError(
          '不支持 UTF-16 编码，请另存为 UTF-8 或 GBK',
          'UTF-16 is not supported; save the file as UTF-8 or GBK',
        );
      }
    }
    if (this.decoder === null) {
      if (isAscii(bytes)) return bytes.toString('latin1');
      this.choose(looksLikeUtf8(bytes) ? 'utf-8' : 'gb18030');
    }
    return this.checked(() => (this.decoder as ChunkDecoder).write(bytes), line);
  }

  end(line: number): string {
    return this.decoder === null ? '' : this.checked(() => (this.decoder as ChunkDecoder).end(), line);
  }

  private choose(encoding: DetectedEncoding): void {
    this.encoding = encoding;
    this.decoder = encoding === 'utf-8' ? utf8Decoder() : gb18030Decoder();
  }

  private checked(decode: () => string, line: number): string {
    try {
      return decode();
    } catch {
      throw undecodable(this.encoding, line);
    }
  }
}

function utf8Decoder(): ChunkDecoder {
  // fatal: an invalid sequence throws instead of becoming U+FFFD (no silent mojibake).
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return {
    write: (chunk) => decoder.decode(chunk, { stream: true }),
    end: () => decoder.decode(),
  };
}

function gb18030Decoder(): ChunkDecoder {
  const decoder = iconv.getDecoder('gb18030', { stripBOM: false });
  const check = (text: string): string => {
    if (text.includes('\uFFFD')) throw new Error('undecodable');
    return text;
  };
  return {
    write: (chunk) => check(decoder.write(chunk)),
    end: () => check(decoder.end() ?? ''),
  };
}

/** Valid UTF-8, allowing the chunk to end inside a multi-byte sequence. */
function looksLikeUtf8(bytes: Buffer): boolean {
  if (isUtf8(bytes)) return true;
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const lead = bytes[bytes.length - cut];
    if (lead >= 0xc0) return isUtf8(bytes.subarray(0, bytes.length - cut));
    if (lead < 0x80) return false;
  }
  return false;
}

function hasPrefix(bytes: Buffer, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function binaryContent(line: number): FileRejectedError {
  return new FileRejectedError(
    '文件含二进制内容，不是文本 CSV',
    'the file contains binary data, not CSV text',
    line,
  );
}

function undecodable(encoding: DetectedEncoding | null, line: number): FileRejectedError {
  return encoding === 'utf-8'
    ? new FileRejectedError(
        '文件编码无法识别：开头是 UTF-8，此处出现无效字节（请统一用 UTF-8 或 GBK 保存）',
        'invalid UTF-8 bytes (the file started as UTF-8); save it entirely as UTF-8 or GBK',
        line,
      )
    : new FileRejectedError(
        '文件编码无法识别：既不是 UTF-8 也不是 GB18030/GBK',
        'unknown encoding: neither UTF-8 nor GB18030/GBK',
        line,
      );
}
