export * from './lib/execution.routes';
