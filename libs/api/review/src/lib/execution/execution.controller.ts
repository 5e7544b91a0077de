import { Controller, Get, Inject, Query, UseInterceptors, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DistrictScope, READERS, Roles } from '@bs/api-core';
import { DataVersionCache } from '../shared/data-version-cache.interceptor';
import type { ExecutionRow } from '@bs/shared-model';
import { EXPORT_MIME_TYPES } from '../export/export-file';
import { ExecutionQueryDto, ExecutionRowResponse } from './execution.dto';
import { ExecutionService } from './execution.service';
import { KnownCodesPipe } from '@bs/api-db';

@ApiTags('execution')
@ApiBearerAuth()
@Roles(...READERS)
@DistrictScope('filter')
@Controller('execution')
export class ExecutionController {
  constructor(@Inject(ExecutionService) private readonly service: ExecutionService) {}

  @Get()
  @UseInterceptors(DataVersionCache)
  @ApiOperation({
    summary:
      'Budget execution aggregates: current budget at asOf against payments up to asOf, by agency, classification (类→款→项 drill), month or district',
  })
  @ApiProduces(...EXPORT_MIME_TYPES)
  @ApiOkResponse({ type: ExecutionRowResponse, isArray: true })
  rows(@Query(KnownCodesPipe) q: ExecutionQueryDto): Promise<ExecutionRow[] | StreamableFile> {
    return this.service.rows(q);
  }
}
