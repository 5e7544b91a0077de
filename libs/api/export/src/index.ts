export * from './lib/export-column';
export * from './lib/xlsx-stream';
