import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      // Benchmarks time the repositories and SQL inside the libraries directly (not their public
      // API), so they import library files by path; nothing imports the benchmarks.
      '@nx/enforce-module-boundaries': 'off',
    },
  },
];
