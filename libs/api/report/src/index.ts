export * from './lib/report-data';
export * from './lib/report-document';
export * from './lib/write-report';
export * from './lib/render-html';
export * from './lib/render-docx';
export * from './lib/render-pdf';
export * from './lib/report-text';
export * from './lib/write-notice';
