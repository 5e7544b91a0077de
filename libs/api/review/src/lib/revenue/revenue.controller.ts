import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { READERS, Roles, DistrictScope } from '@bs/api-core';
import { KnownCodesPipe } from '@bs/api-db';
import type { RevenueDto } from '@bs/shared-model';
import { RevenueQueryDto } from './revenue.dto';
import { RevenueService } from './revenue.service';

@ApiTags('review')
@ApiBearerAuth()
@Roles(...READERS)
@DistrictScope('filter')
@Controller('revenue')
export class RevenueController {
  constructor(@Inject(RevenueService) private readonly service: RevenueService) {}

  @Get()
  @ApiOperation({
    summary:
      'Revenue collected to asOf (whole months) by month, district or revenue code (类 → 款 → 项), tax vs non-tax, against budget and the same months of last year',
  })
  @ApiOkResponse({ description: 'RevenueDto (libs/shared/model/src/lib/profile-dto.ts)' })
  revenue(@Query(KnownCodesPipe) q: RevenueQueryDto): Promise<RevenueDto> {
    return this.service.revenue(q);
  }
}
