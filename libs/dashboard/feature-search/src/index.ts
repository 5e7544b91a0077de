export * from './lib/global-search';
export * from './lib/search-links';
