import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, DistrictScope, READERS, Roles } from '@bs/api-core';
import type { BandThresholdsDto, FreshnessDto, MetaDto } from '@bs/shared-model';
import { OverviewQueryDto } from '../overview/overview-query.dto';
import { BandsService } from '../shared/bands.service';
import { FreshnessService } from './freshness.service';
import { BandThresholdsResponse, FreshnessResponse, MetaQueryDto, MetaResponse } from './meta.dto';
import { MetaService } from './meta.service';

@ApiTags('review')
@ApiBearerAuth()
// Every role, the importer too: the top bar shows the data as-of dates (no figures here).
@Roles(...ALL_ROLES)
@DistrictScope('none')
@Controller('meta')
export class MetaController {
  constructor(
    @Inject(MetaService) private readonly service: MetaService,
    @Inject(FreshnessService) private readonly fresh: FreshnessService,
    @Inject(BandsService) private readonly bands: BandsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Fiscal years present and the data as-of date of each dataset' })
  @ApiOkResponse({ type: MetaResponse })
  meta(@Query() q: MetaQueryDto): Promise<MetaDto> {
    return this.service.meta(q.fiscalYear ?? null);
  }

  @Get('bands')
  @ApiOperation({
    summary:
      'The thresholds behind the status bands (the rules’ current settings), for legends and reference lines',
  })
  @ApiOkResponse({ type: BandThresholdsResponse })
  bandThresholds(): Promise<BandThresholdsDto> {
    return this.bands.thresholds();
  }

  // Readers and the operator (who runs the imports); not a unit's respondent (other units' names).
  @DistrictScope('filter')
  @Get('freshness')
  @Roles(...READERS, 'importer')
  @ApiOperation({
    summary:
      'What the figures of a (year, as-of) rest on: per dataset its data date and last accepted import; agencies and districts with no payments or revenue rows in the as-of month',
  })
  @ApiOkResponse({ type: FreshnessResponse })
  freshness(@Query() q: OverviewQueryDto): Promise<FreshnessDto> {
    return this.fresh.freshness(q.fiscalYear, q.asOf, q.districtCode);
  }
}
