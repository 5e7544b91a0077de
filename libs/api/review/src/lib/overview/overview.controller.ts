import { Controller, Get, Inject, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DistrictScope, READERS, Roles } from '@bs/api-core';
import { DataVersionCache } from '../shared/data-version-cache.interceptor';
import type { OverviewDto } from '@bs/shared-model';
import { OverviewQueryDto } from './overview-query.dto';
import { OverviewResponse } from './overview.dto';
import { OverviewService } from './overview.service';

@ApiTags('review')
@ApiBearerAuth()
@Roles(...READERS)
@DistrictScope('filter')
@Controller('overview')
export class OverviewController {
  constructor(@Inject(OverviewService) private readonly service: OverviewService) {}

  @Get()
  @UseInterceptors(DataVersionCache)
  @ApiOperation({
    summary:
      'The four budgets (budget, executed, rate, time progress, last year), revenue, debt ratio per district, open alerts, audit rectification',
  })
  @ApiOkResponse({ type: OverviewResponse })
  overview(@Query() q: OverviewQueryDto): Promise<OverviewDto> {
    return this.service.overview(q);
  }
}
