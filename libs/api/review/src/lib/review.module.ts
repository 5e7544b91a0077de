import { AuditLogService, readSourceProvider } from '@bs/api-db';
import { Module } from '@nestjs/common';
import { AssetsController } from './assets/assets.controller';
import { AssetsRepository } from './assets/assets.repository';
import { AssetsService } from './assets/assets.service';
import { FindingsController } from './audit/findings.controller';
import { FindingsRepository } from './audit/findings.repository';
import { FindingsService } from './audit/findings.service';
import { DebtController } from './debt/debt.controller';
import { DebtRepository } from './debt/debt.repository';
import { DebtService } from './debt/debt.service';
import { ExecutionController } from './execution/execution.controller';
import { ExecutionRepository } from './execution/execution.repository';
import { ExecutionService } from './execution/execution.service';
import { FreshnessRepository } from './meta/freshness.repository';
import { FreshnessService } from './meta/freshness.service';
import { MetaController } from './meta/meta.controller';
import { MetaRepository } from './meta/meta.repository';
import { MetaService } from './meta/meta.service';
import { OverviewController } from './overview/overview.controller';
import { OverviewRepository } from './overview/overview.repository';
import { OverviewService } from './overview/overview.service';
import { PaymentsController } from './payments/payments.controller';
import { PaymentsRepository } from './payments/payments.repository';
import { PaymentsService } from './payments/payments.service';
import { NamesController } from './names/names.controller';
import { NamesRepository } from './names/names.repository';
import { ProfilesController } from './profiles/profiles.controller';
import { ProfilesRepository } from './profiles/profiles.repository';
import { ProfilesService } from './profiles/profiles.service';
import { RevenueController } from './revenue/revenue.controller';
import { RevenueRepository } from './revenue/revenue.repository';
import { RevenueService } from './revenue/revenue.service';
import { SearchController } from './search/search.controller';
import { SearchRepository } from './search/search.repository';
import { SearchService } from './search/search.service';
import { BandsService } from './shared/bands.service';
import { ScopeService } from './shared/scope.service';
import { DataVersionCache } from './shared/data-version-cache.interceptor';

/**
 * Read-only supervision views: meta, overview, execution drill, vouchers, audit findings, debt,
 * state assets (with CSV/XLSX exports). Needs the TypeORM DataSource from a global module;
 * reads go through ReadSource (the app's ReadRouter when DATABASE_REPLICA_URLS is set).
 */
@Module({
  controllers: [
    MetaController,
    OverviewController,
    ExecutionController,
    PaymentsController,
    FindingsController,
    DebtController,
    AssetsController,
    SearchController,
    NamesController,
    ProfilesController,
    RevenueController,
  ],
  providers: [
    // For the audited reads of personal data (its own instance: the module also runs without AppModule).
    AuditLogService,
    // Every repository here only reads: through the read replicas when there are any.
    readSourceProvider,
    ScopeService,
    DataVersionCache,
    BandsService,
    MetaRepository,
    MetaService,
    FreshnessRepository,
    FreshnessService,
    OverviewRepository,
    OverviewService,
    ExecutionRepository,
    ExecutionService,
    PaymentsRepository,
    PaymentsService,
    FindingsRepository,
    FindingsService,
    DebtRepository,
    DebtService,
    AssetsRepository,
    AssetsService,
    SearchRepository,
    SearchService,
    NamesRepository,
    ProfilesRepository,
    ProfilesService,
    RevenueRepository,
    RevenueService,
  ],
  // The supervision report (apps/api) reads the same services the routes answer with.
  exports: [
    ScopeService,
    MetaService,
    OverviewService,
    ExecutionService,
    FindingsService,
    DebtService,
    AssetsService,
    RevenueService,
  ],
})
export class ReviewModule {}
