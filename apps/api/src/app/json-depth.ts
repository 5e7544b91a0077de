import type { IncomingMessage, ServerResponse } from 'node:http';

const OPEN_OBJ = 0x7b;
const OPEN_ARR = 0x5b;
const CLOSE_OBJ = 0x7d;
const CLOSE_ARR = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Deepest nesting of a JSON text, counted on the raw bytes (strings skipped), without parsing it. */
export function jsonDepth(buf: Buffer, stopAbove = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_OBJ || c === OPEN_ARR) {
      if (++depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (c === CLOSE_OBJ || c === CLOSE_ARR) depth--;
  }
  return max;
}

/** A client error the exception filter passes on (http-errors shape: status + expose). */
export class JsonTooDeepError extends Error {
  readonly status = 400;
  readonly statusCode = 400;
  readonly expose = true;
  readonly type = 'entity.too.deep';
  readonly code = 'JSON_TOO_DEEP';
  readonly messageEn: string;
  constructor(max: number) {
    super(`JSON 嵌套层数超过 ${max} 层`);
    this.messageEn = `JSON nested deeper than ${max} levels`;
  }
}

/** body-parser `verify` hook: runs on the raw body before JSON.parse, so a deep body costs one scan. */
export function jsonDepthGuard(max: number) {
  return (_req: IncomingMessage, _res: ServerResponse, buf: Buffer): void => {
    if (jsonDepth(buf, max) > max) throw new JsonTooDeepError(max);
  };
}
