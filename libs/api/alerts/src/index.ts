export * from './lib/alerts.module';
export * from './lib/rules/after-import-rules';
export * from './lib/rules/rule-datasets';
export * from './lib/rules/precision';
export * from './lib/alerts/alerts.service';
export * from './lib/cli/export-alerts.command';
export * from './lib/cli/run-rules.command';
