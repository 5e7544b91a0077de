export * from './lib/rule';
export * from './lib/message';
export * from './lib/rule-params';
export * from './lib/as-of';
export * from './lib/rule-eval';
export * from './lib/rule-runner';
export * from './lib/rule-preview';
export * from './lib/rule-settings';
export { RULES, findRule, getRule } from './lib/catalogue';
