import { Controller, Get, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { READERS, Roles, DistrictScope } from '@bs/api-core';
import type { AdminAssetDto, NaturalResourceDto, SoeDto } from '@bs/shared-model';
import { EXPORT_MIME_TYPES } from '@bs/api-export';
import {
  AdminAssetQueryDto,
  AdminAssetResponse,
  NaturalQueryDto,
  NaturalResourceResponse,
  SoeQueryDto,
  SoeResponse,
} from './assets.dto';
import { AssetsService } from './assets.service';

@ApiTags('assets')
@ApiBearerAuth()
@Roles(...READERS)
@Controller('assets')
export class AssetsController {
  constructor(@Inject(AssetsService) private readonly service: AssetsService) {}

  @Get('soe')
  @ApiOperation({
    summary:
      'State-owned enterprise financials of the fiscal year, with leverage and value-preservation ratio',
  })
  @ApiProduces(...EXPORT_MIME_TYPES)
  @ApiOkResponse({ type: SoeResponse, isArray: true })
  soe(@Query() q: SoeQueryDto): Promise<SoeDto[] | StreamableFile> {
    return this.service.soe(q);
  }

  @Get('admin')
  @ApiOperation({ summary: 'Administrative and institutional assets per agency and asset class' })
  @ApiProduces(...EXPORT_MIME_TYPES)
  @ApiOkResponse({ type: AdminAssetResponse, isArray: true })
  admin(@Query() q: AdminAssetQueryDto): Promise<AdminAssetDto[] | StreamableFile> {
    return this.service.admin(q);
  }

  @DistrictScope('filter')
  @Get('natural')
  @ApiOperation({ summary: 'Natural resource indicators per district' })
  @ApiProduces(...EXPORT_MIME_TYPES)
  @ApiOkResponse({ type: NaturalResourceResponse, isArray: true })
  natural(@Query() q: NaturalQueryDto): Promise<NaturalResourceDto[] | StreamableFile> {
    return this.service.natural(q);
  }
}
