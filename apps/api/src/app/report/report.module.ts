import { Module } from '@nestjs/common';
import { ReviewModule } from '@bs/api-review';
import { NoticeController } from './notice.controller';
import { ReportController } from './report.controller';
import { ReportDataService } from './report-data.service';
import { ReportService } from './report.service';

/**
 * The supervision report and the 督办通知书: compose the review and alert services (hence in the app, not a
 * library). AlertsService comes from the global AppModule, which re-exports AlertsModule.
 */
@Module({
  imports: [ReviewModule],
  controllers: [ReportController, NoticeController],
  providers: [ReportDataService, ReportService],
  exports: [ReportService],
})
export class ReportModule {}
