export * from './lib/dataset-spec';
