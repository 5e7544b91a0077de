export * from './lib/export-column';
export * from './lib/csv-stream';
export * from './lib/xlsx-stream';
export * from './lib/export-stream';
export * from './lib/csv-safety';
export * from './lib/cell-format';
