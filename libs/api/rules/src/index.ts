export * from './lib/api-rules';
