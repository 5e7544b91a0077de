export type { ParseResult } from './parse-result';
export * from './parse-number';
export * from './parse-date';
export * from './parse-enum';
export * from './code-shape';
export * from './parse-cell';
export * from './map-header';
export * from './validate-row';
export * from './shaped-code-columns';
