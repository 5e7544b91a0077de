export * from './lib/debt.routes';
