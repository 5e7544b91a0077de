import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { READERS, Roles } from '@bs/api-core';
import type { AgencyProfileDto, DistrictProfileDto } from '@bs/shared-model';
import { ProfileCodeParam, ProfileQueryDto } from './profiles.dto';
import { ProfilesService } from './profiles.service';

@ApiTags('profiles')
@ApiBearerAuth()
@Roles(...READERS)
@Controller()
export class ProfilesController {
  constructor(@Inject(ProfilesService) private readonly service: ProfilesService) {}

  @Get('agencies/:code')
  @ApiOperation({
    summary:
      'One agency whole (一单位一档): initial/adjusted/executed budgets, monthly trend vs last year, by function and economic class, top payees, 三公经费 vs last year, adjustments, alerts, audit findings, assets, sub-units, place among peers',
  })
  @ApiOkResponse({ description: 'AgencyProfileDto (libs/shared/model/src/lib/profile-dto.ts)' })
  @ApiNotFoundResponse({ description: 'no agency has this code (AGENCY_NOT_FOUND)' })
  agency(@Param() p: ProfileCodeParam, @Query() q: ProfileQueryDto): Promise<AgencyProfileDto> {
    return this.service.agency(p.code, q.fiscalYear, q.asOf);
  }

  @Get('districts/:code')
  @ApiOperation({
    summary:
      'One district whole: revenue by month and type (tax/non-tax) vs budget and last year, its agencies, debt limit/balance/ratio over time, maturities, special-bond projects, natural resources, alerts',
  })
  @ApiOkResponse({ description: 'DistrictProfileDto (libs/shared/model/src/lib/profile-dto.ts)' })
  @ApiNotFoundResponse({ description: 'no district has this code (DISTRICT_NOT_FOUND)' })
  district(@Param() p: ProfileCodeParam, @Query() q: ProfileQueryDto): Promise<DistrictProfileDto> {
    return this.service.district(p.code, q.fiscalYear, q.asOf);
  }
}
