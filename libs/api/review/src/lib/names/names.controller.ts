import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { READERS, Roles, DistrictScope } from '@bs/api-core';
import type { NamesDto } from '@bs/shared-model';
import { NamesQueryDto, NamesResponse } from './names.dto';
import { NamesRepository } from './names.repository';

const list = (v?: string) => (v ? [...new Set(v.split(','))] : []);

@ApiTags('search')
@ApiBearerAuth()
@Roles(...READERS)
@DistrictScope('none')
@Controller('names')
export class NamesController {
  constructor(@Inject(NamesRepository) private readonly repo: NamesRepository) {}

  @Get()
  @ApiOperation({
    summary: 'Names of agency, district and classification codes (unknown codes are left out)',
  })
  @ApiOkResponse({ type: NamesResponse })
  names(@Query() q: NamesQueryDto): Promise<NamesDto> {
    return this.repo.names(
      { agency: list(q.agencies), district: list(q.districts), func: list(q.funcs), econ: list(q.econs) },
      q.fiscalYear ?? new Date().getFullYear(),
    );
  }
}
