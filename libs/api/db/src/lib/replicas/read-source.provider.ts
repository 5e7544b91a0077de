import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReadRouter } from './read-router';
import { PrimaryReads, ReadSource } from './read-source';

/**
 * ReadSource for a feature module: the app's ReadRouter when the composition root provides one
 * (DATABASE_REPLICA_URLS), else reads on the module's DataSource (tests, no replicas).
 */
export const readSourceProvider: Provider = {
  provide: ReadSource,
  useFactory: (ds: DataSource, router: ReadRouter | null) => router ?? new PrimaryReads(ds),
  inject: [DataSource, { token: ReadRouter, optional: true }],
};
