export * from './lib/assets.routes';
