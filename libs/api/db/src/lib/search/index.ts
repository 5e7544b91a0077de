export * from './search-index';
export * from './known-codes.pipe';
