export * from './lib/datasets';
export * from './lib/enums';
export * from './lib/dto';
export * from './lib/money';
export * from './lib/dates';
export * from './lib/review-dto';
export * from './lib/search-dto';
export * from './lib/profile-dto';
