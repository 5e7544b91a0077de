export * from './lib/api-review';
