// Test-only helpers (import as '@bs/api-db/testing' is not mapped; use relative paths or '@bs/api-db-testing').
export * from './testing/test-database';
export * from './testing/insert-rows';
