import { HttpException, HttpStatus } from '@nestjs/common';

/**
 * A cap on the heavy jobs of this process (uploaded imports, CSV/XLSX exports) so that reading the
 * dashboard never waits behind them: beyond `max` running at once the next one is refused with 429
 * and Retry-After, a clear message instead of a queue that grows without bound.
 */
export class BulkGate {
  private running = 0;

  constructor(private max = 2) {}

  configure(max: number): void {
    this.max = max;
  }

  get inUse(): number {
    return this.running;
  }

  /** A release function (call once, when the job ends), or a 429 HttpException when full. */
  enter(kind: 'import' | 'export'): () => void {
    if (this.running >= this.max) throw bulkBusy(kind, this.max);
    this.running++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.running--;
    };
  }
}

export function bulkBusy(kind: 'import' | 'export', max: number): HttpException {
  const zh = kind === 'import' ? '导入' : '导出';
  return new HttpException(
    {
      statusCode: 429,
      code: 'BULK_BUSY',
      message: `同时进行的导入和导出已达上限（${max} 个），当前${zh}未执行，请稍后再试`,
      messageEn: `${max} imports/exports are already running; this ${kind} was not started, try again shortly`,
      retryAfterSeconds: 10,
    },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}

/** The one gate of this process (configured from BULK_CONCURRENCY at start). */
export const bulkGate = new BulkGate();
