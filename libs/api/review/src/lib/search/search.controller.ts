import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { READERS, Roles } from '@bs/api-core';
import type { SearchResultDto } from '@bs/shared-model';
import { SearchQueryDto, SearchResultResponse } from './search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@ApiBearerAuth()
@Roles(...READERS)
@Controller('search')
export class SearchController {
  constructor(@Inject(SearchService) private readonly service: SearchService) {}

  @Get()
  @ApiOperation({
    summary:
      'Find agencies, districts, enterprises (by Chinese name, full pinyin or initials), payees, bond projects, bonds, audit findings and vouchers; grouped by kind with counts',
  })
  @ApiOkResponse({ type: SearchResultResponse })
  search(@Query() q: SearchQueryDto): Promise<SearchResultDto> {
    return this.service.search(q);
  }
}
