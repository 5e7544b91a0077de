export * from './import-file';
export { ImportBusyError } from './import-lock';
