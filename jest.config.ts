import type { Config } from 'jest';
import { getJestProjectsAsync } from '@nx/jest';

// `npm test` runs every project's unit and integration specs in one Jest run; the global setup
// prepares one migrated template database on the real PostgreSQL server.
export default async (): Promise<Config> => ({
  projects: (await getJestProjectsAsync()).filter((p) => !String(p).includes('dashboard-e2e')),
  globalSetup: '<rootDir>/tools/testing/global-setup.cjs',
  globalTeardown: '<rootDir>/tools/testing/global-teardown.cjs',
});
