import { Injectable } from '@nestjs/common';

/**
 * Serialises rule runs inside this process. Advisory locks already keep two runs of one rule
 * apart on a real server, but the embedded database does not honour them, and one run at a time
 * also keeps the API responsive on a small machine.
 */
@Injectable()
export class RunLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
