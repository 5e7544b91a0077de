export * from './lib/after-import';
export * from './lib/after-inbox';
export * from './lib/imports.service';
export * from './lib/imports.module';
export * from './lib/inbox';
export { sweepUploadDir, uploadDir } from './lib/upload-to-disk';
export { InboxScheduler } from './lib/inbox.scheduler';
