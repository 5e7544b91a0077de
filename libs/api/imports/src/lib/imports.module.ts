import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, bulkGate } from '@bs/api-core';
import { ImportsController, IMPORTS_CONFIG } from './imports.controller';
import { IMPORTS_EMBEDDED, ImportsService } from './imports.service';
import { InboxScheduler } from './inbox.scheduler';
import { UploadSweeper } from './upload-sweeper';

@Module({})
export class ImportsModule {
  static register(config: AppConfig, embedded: boolean, opts: { schedule?: boolean } = {}): DynamicModule {
    bulkGate.configure(config.bulkConcurrency);
    return {
      module: ImportsModule,
      controllers: [ImportsController],
      providers: [
        ImportsService,
        UploadSweeper,
        { provide: IMPORTS_EMBEDDED, useValue: embedded },
        { provide: IMPORTS_CONFIG, useValue: config },
        ...(opts.schedule === false ? [] : [InboxScheduler]),
      ],
      exports: [ImportsService],
    };
  }
}
