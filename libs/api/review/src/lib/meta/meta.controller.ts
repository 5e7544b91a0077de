import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, READERS, Roles } from '@bs/api-core';
import type { FreshnessDto, MetaDto } from '@bs/shared-model';
import { OverviewQueryDto } from '../overview/overview-query.dto';
import { FreshnessService } from './freshness.service';
import { FreshnessResponse, MetaResponse } from './meta.dto';
import { MetaService } from './meta.service';

@ApiTags('review')
@ApiBearerAuth()
// Every role, the importer too: the top bar shows the data as-of dates (no figures here).
@Roles(...ALL_ROLES)
@Controller('meta')
export class MetaController {
  constructor(
    @Inject(MetaService) private readonly service: MetaService,
    @Inject(FreshnessService) private readonly fresh: FreshnessService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Fiscal years present and the data as-of date of each dataset' })
  @ApiOkResponse({ type: MetaResponse })
  meta(): Promise<MetaDto> {
    return this.service.meta();
  }

  // Readers and the operator (who runs the imports); not a unit's respondent (other units' names).
  @Get('freshness')
  @Roles(...READERS, 'importer')
  @ApiOperation({
    summary:
      'What the figures of a (year, as-of) rest on: per dataset its data date and last accepted import; agencies and districts with no payments or revenue rows in the as-of month',
  })
  @ApiOkResponse({ type: FreshnessResponse })
  freshness(@Query() q: OverviewQueryDto): Promise<FreshnessDto> {
    return this.fresh.freshness(q.fiscalYear, q.asOf);
  }
}
