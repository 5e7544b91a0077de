import { Controller, Get, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { READERS, Roles, DistrictScope } from '@bs/api-core';
import type { FindingPage } from '@bs/shared-model';
import { EXPORT_MIME_TYPES } from '@bs/api-export';
import { FindingPageResponse, FindingQueryDto } from './findings.dto';
import { FindingsService } from './findings.service';
import { KnownCodesPipe } from '@bs/api-db';

@ApiTags('audit')
@ApiBearerAuth()
@Roles(...READERS)
@DistrictScope('filter')
@Controller('audit')
export class FindingsController {
  constructor(@Inject(FindingsService) private readonly service: FindingsService) {}

  @Get('findings')
  @ApiOperation({
    summary:
      'Audit findings and their rectification status at asOf (audit years up to fiscalYear), paged, with counts per status',
  })
  @ApiProduces(...EXPORT_MIME_TYPES)
  @ApiOkResponse({ type: FindingPageResponse })
  findings(@Query(KnownCodesPipe) q: FindingQueryDto): Promise<FindingPage | StreamableFile> {
    return this.service.findings(q);
  }
}
