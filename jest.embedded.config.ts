import type { Config } from 'jest';

// The embedded default (PGlite) gets its own tests: files named *.embedded.spec.ts.
export default (): Config => ({
  displayName: 'embedded',
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/libs', '<rootDir>/apps'],
  testMatch: ['**/*.embedded.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/libs/api/db/tsconfig.spec.json' }] },
  moduleNameMapper: pathsToMapper(),
  globalSetup: '<rootDir>/tools/testing/embedded-setup.cjs',
  globalTeardown: '<rootDir>/tools/testing/embedded-teardown.cjs',
  testTimeout: 120_000,
  maxWorkers: 1,
  testSequencer: '<rootDir>/tools/testing/path-sequencer.cjs',
});

function pathsToMapper(): Record<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compilerOptions } = require('./tsconfig.base.json') as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([k, v]) => [
      `^${k}$`,
      `<rootDir>/${v[0].replace(/^\.\//, '')}`,
    ]),
  );
}
