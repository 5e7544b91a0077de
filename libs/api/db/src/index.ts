export * from './lib/entities';
export * from './lib/data-source';
export * from './lib/embedded-postgres';
export * from './lib/naming-strategy';
export * from './lib/open-database';
export * from './lib/audit-log.service';
export * from './lib/reference';
export * from './lib/search';
