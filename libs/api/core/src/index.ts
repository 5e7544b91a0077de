export * from './lib/app-config';
export * from './lib/access';
export * from './lib/scope';
export * from './lib/jwt-secret';
export * from './lib/bulk-gate';
export * from './lib/personal-data';
