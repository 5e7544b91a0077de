import { Module } from '@nestjs/common';
import { ReviewModule } from '@bs/api-review';
import { NoticeController } from './notice.controller';
import { ReportArchiveController } from './report-archive.controller';
import { ReportArchiveService } from './report-archive.service';
import { ReportController } from './report.controller';
import { ReportDataService } from './report-data.service';
import { ReportService } from './report.service';

/**
 * The supervision report and the 督办通知书: compose the review and alert services (hence in the app, not a
 * library). AlertsService comes from the global AppModule, which re-exports AlertsModule.
 */
@Module({
  imports: [ReviewModule],
  controllers: [ReportController, ReportArchiveController, NoticeController],
  providers: [ReportDataService, ReportService, ReportArchiveService],
  exports: [ReportService, ReportArchiveService],
})
export class ReportModule {}
