import { Controller, Get, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { READERS, Roles, DistrictScope } from '@bs/api-core';
import type { BondProjectDto, DebtPositionDto, RepaymentDto } from '@bs/shared-model';
import { EXPORT_MIME_TYPES } from '@bs/api-export';
import {
  BondProjectResponse,
  DebtPositionResponse,
  DebtQueryDto,
  MaturityQueryDto,
  ProjectQueryDto,
  RepaymentResponse,
} from './debt.dto';
import { DebtService } from './debt.service';

@ApiTags('debt')
@ApiBearerAuth()
@Roles(...READERS)
@Controller('debt')
export class DebtController {
  constructor(@Inject(DebtService) private readonly service: DebtService) {}

  @DistrictScope('filter')
  @Get('positions')
  @ApiOperation({ summary: 'Debt limits, balances and debt ratio per district (latest position ≤ asOf)' })
  @ApiProduces(...EXPORT_MIME_TYPES)
  @ApiOkResponse({ type: DebtPositionResponse, isArray: true })
  positions(@Query() q: DebtQueryDto): Promise<DebtPositionDto[] | StreamableFile> {
    return this.service.positions(q);
  }

  @DistrictScope('filter')
  @Get('maturities')
  @ApiOperation({
    summary:
      'Repayments with their state at asOf: unpaid ones due up to `months` ahead, and all due in the fiscal year',
  })
  @ApiProduces(...EXPORT_MIME_TYPES)
  @ApiOkResponse({ type: RepaymentResponse, isArray: true })
  maturities(@Query() q: MaturityQueryDto): Promise<RepaymentDto[] | StreamableFile> {
    return this.service.maturities(q);
  }

  @Get('projects')
  @ApiOperation({
    summary: 'Special-bond projects: latest row ≤ asOf per project with spend rate and days since issue',
  })
  @ApiProduces(...EXPORT_MIME_TYPES)
  @ApiOkResponse({ type: BondProjectResponse, isArray: true })
  projects(@Query() q: ProjectQueryDto): Promise<BondProjectDto[] | StreamableFile> {
    return this.service.projects(q);
  }
}
