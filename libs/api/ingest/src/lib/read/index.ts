export * from './file-rejected-error';
export * from './raw-row';
export * from './open-rows';
export * from './csv-record-parser';
export * from './text-decoder';
export * from './cell-text';
export * from './zip-guard';
