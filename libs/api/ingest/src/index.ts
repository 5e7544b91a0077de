export * from './lib/dataset-spec';
export * from './lib/specs';
export * from './lib/read';
export * from './lib/validate';
export * from './lib/problem-rows';
export * from './lib/load';
export * from './lib/specs/derived';
