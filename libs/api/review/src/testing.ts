// Test-only seeds of the review area (import as '@bs/api-review-testing').
export * from './lib/testing/review-seed';
