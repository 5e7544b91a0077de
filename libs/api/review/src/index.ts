export * from './lib/review.module';
export { ScopeService } from './lib/shared/scope.service';
export { MetaService } from './lib/meta/meta.service';
export { OverviewService } from './lib/overview/overview.service';
export { ExecutionService } from './lib/execution/execution.service';
export { FindingsService } from './lib/audit/findings.service';
export { DebtService } from './lib/debt/debt.service';
export { AssetsService } from './lib/assets/assets.service';
export { RevenueService } from './lib/revenue/revenue.service';
