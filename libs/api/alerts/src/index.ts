export * from './lib/api-alerts';
