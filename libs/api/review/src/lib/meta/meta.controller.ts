import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, Roles } from '@bs/api-core';
import type { BandThresholdsDto, MetaDto } from '@bs/shared-model';
import { BandsService } from '../shared/bands.service';
import { BandThresholdsResponse, MetaQueryDto, MetaResponse } from './meta.dto';
import { MetaService } from './meta.service';

@ApiTags('review')
@ApiBearerAuth()
// Every role, the importer too: the top bar shows the data as-of dates (no figures here).
@Roles(...ALL_ROLES)
@Controller('meta')
export class MetaController {
  constructor(
    @Inject(MetaService) private readonly service: MetaService,
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
}
