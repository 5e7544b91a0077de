export * from './lib/shared-model';
