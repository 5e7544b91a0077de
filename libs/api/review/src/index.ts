export * from './lib/review.module';
