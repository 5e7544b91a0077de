export * from './lib/profiles.routes';
