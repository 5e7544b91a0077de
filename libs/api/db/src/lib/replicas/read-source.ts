import type { DataSource } from 'typeorm';

/**
 * Where read-only requests (review pages, alert lists, exports, search) send their SQL: a
 * streaming replica when one is in use, else the primary. Inject it instead of the DataSource in
 * repositories that only read; everything that writes, runs rules or imports keeps the DataSource
 * (the primary), and so does a read that must see its own write (alert detail, import report).
 */
export abstract class ReadSource {
  /** The row type is declared at each call (`query<Row[]>` or an annotated result): no `any` escapes. */
  abstract query<T = unknown>(sql: string, params?: unknown[]): Promise<T>;
}

/** No replicas configured (tests, embedded default): reads are primary reads. */
export class PrimaryReads extends ReadSource {
  constructor(private readonly ds: DataSource) {
    super();
  }
  query<T = unknown>(sql: string, params?: unknown[]): Promise<T> {
    return this.ds.query(sql, params);
  }
}
