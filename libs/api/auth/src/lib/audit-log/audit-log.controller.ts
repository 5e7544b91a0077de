import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@bs/api-core';
import { AuditLogPage, AuditLogRepository } from './audit-log.repository';
import { AuditLogPageDto, AuditLogQueryDto } from './dto/audit-log.dto';

@ApiTags('audit-log')
@Roles('admin')
@Controller('audit-log')
export class AuditLogController {
  constructor(@Inject(AuditLogRepository) private readonly log: AuditLogRepository) {}

  @Get()
  @ApiOperation({ summary: 'The audit log (who, when, what, before → after), newest first' })
  @ApiOkResponse({ type: AuditLogPageDto })
  find(@Query() query: AuditLogQueryDto): Promise<AuditLogPage> {
    return this.log.find(query);
  }
}
