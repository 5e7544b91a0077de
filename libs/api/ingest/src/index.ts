export * from './lib/api-ingest';
