export * from './lib/api-imports';
