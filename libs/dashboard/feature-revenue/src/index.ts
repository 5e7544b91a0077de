export * from './lib/revenue.routes';
