import { BadRequestException, Controller, Get, Inject, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { READERS, Roles } from '@bs/api-core';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '@bs/shared-model';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import type { Response } from 'express';
import { parseScope, ReportService } from './report.service';

export class SupervisionReportQueryDto {
  @ApiPropertyOptional({ type: 'integer', description: 'fiscal year; default the newest year with data' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  fiscalYear?: number;

  @ApiPropertyOptional({
    format: 'date',
    description: 'cut-off date inside the year; default as the overview',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be YYYY-MM-DD' })
  asOf?: string;

  @ApiPropertyOptional({ description: '`city` (default), `district:150124` or `agency:101001`' })
  @IsOptional()
  @Matches(/^(city|district:[0-9]{6}|agency:[0-9A-Za-z]{1,64})$/, {
    message: 'scope must be city, district:CODE or agency:CODE',
  })
  scope?: string;

  @ApiPropertyOptional({ enum: ['zh', 'en'], description: 'language, default zh' })
  @IsOptional()
  @IsIn(['zh', 'en'])
  lang?: 'zh' | 'en';

  @ApiPropertyOptional({ enum: ['docx', 'pdf', 'html'], description: 'default docx' })
  @IsOptional()
  @IsIn(['docx', 'pdf', 'html'])
  format?: 'docx' | 'pdf' | 'html';
}

@ApiTags('reports')
@ApiBearerAuth()
@Roles(...READERS)
@Controller('reports')
export class ReportController {
  constructor(@Inject(ReportService) private readonly reports: ReportService) {}

  @Get('supervision')
  @ApiOperation({
    summary:
      'The supervision report (智能报告) of a year, an as-of date and a scope, in plain sentences: Word (default), PDF or HTML',
  })
  @ApiProduces(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/pdf',
    'text/html',
  )
  @ApiOkResponse({ description: 'the report file (Content-Disposition carries its name)' })
  async supervision(@Query() q: SupervisionReportQueryDto, @Res() res: Response): Promise<void> {
    const scope = parseScope(q.scope);
    if (!scope)
      throw new BadRequestException({
        code: 'INVALID_SCOPE',
        message: '范围无效',
        messageEn: 'invalid scope',
      });
    const r = await this.reports.render({
      fiscalYear: q.fiscalYear,
      asOf: q.asOf,
      scope,
      lang: q.lang ?? 'zh',
      format: q.format ?? 'docx',
    });
    res.setHeader('Content-Type', r.contentType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(r.fileName)}`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(r.body);
  }
}
