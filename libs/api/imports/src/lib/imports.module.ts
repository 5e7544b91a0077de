import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@bs/api-core';
import { ImportsController, IMPORTS_CONFIG } from './imports.controller';
import { IMPORTS_EMBEDDED, ImportsService } from './imports.service';
import { InboxScheduler } from './inbox.scheduler';

@Module({})
export class ImportsModule {
  static register(config: AppConfig, embedded: boolean, opts: { schedule?: boolean } = {}): DynamicModule {
    return {
      module: ImportsModule,
      controllers: [ImportsController],
      providers: [
        ImportsService,
        { provide: IMPORTS_EMBEDDED, useValue: embedded },
        { provide: IMPORTS_CONFIG, useValue: config },
        ...(opts.schedule === false ? [] : [InboxScheduler]),
      ],
      exports: [ImportsService],
    };
  }
}
