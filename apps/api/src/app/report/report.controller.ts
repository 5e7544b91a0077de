import {
  BadRequestException,
  Controller,
  ForbiddenException,
  Get,
  Inject,
  Ip,
  Query,
  Res,
  ServiceUnavailableException,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, READERS, RequestUser, Roles } from '@bs/api-core';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '@bs/shared-model';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import type { Response } from 'express';
import { parseScope, ReportService } from './report.service';
import { ReportArchiveService } from './report-archive.service';

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

  @ApiPropertyOptional({ type: 'boolean', description: 'also keep it on the 报告 page (auditor, admin)' })
  @IsOptional()
  @Type(() => String)
  @IsIn(['true', 'false'], { message: 'keep must be true or false' })
  keep?: 'true' | 'false';
}

@ApiTags('reports')
@ApiBearerAuth()
@Roles(...READERS)
@Controller('reports')
export class ReportController {
  constructor(
    @Inject(ReportService) private readonly reports: ReportService,
    @Inject(ReportArchiveService) private readonly archive: ReportArchiveService,
  ) {}

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
  async supervision(
    @Query() q: SupervisionReportQueryDto,
    @CurrentUser() user: RequestUser | undefined,
    @Ip() ip: string,
    @Res() res: Response,
  ): Promise<void> {
    const scope = parseScope(q.scope);
    if (!scope)
      throw new BadRequestException({
        code: 'INVALID_SCOPE',
        message: '范围无效',
        messageEn: 'invalid scope',
      });
    const req = {
      fiscalYear: q.fiscalYear,
      asOf: q.asOf,
      scope,
      lang: q.lang ?? 'zh',
      format: q.format ?? 'docx',
    } as const;
    const r = q.keep === 'true' ? await this.keep(req, user, ip) : await this.reports.render(req);
    res.setHeader('Content-Type', r.contentType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(r.fileName)}`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(r.body);
  }

  /** Generates, keeps (report_file, REPORTS_DIR, audit log) and answers the kept file. */
  private async keep(
    req: Parameters<ReportService['render']>[0],
    user: RequestUser | undefined,
    ip: string,
  ): Promise<{ body: Buffer; contentType: string; fileName: string }> {
    if (!user || (user.role !== 'auditor' && user.role !== 'admin'))
      throw new ForbiddenException({
        code: 'KEEP_FORBIDDEN',
        message: '只有审计员或管理员可以保存报告',
        messageEn: 'only an auditor or admin may keep a report',
      });
    const kept = await this.archive.keep({ ...req, by: user.username, ip });
    if (kept.status !== 'ready')
      throw new ServiceUnavailableException({
        code: 'REPORT_FAILED',
        message: `报告生成失败：${kept.error ?? ''}`,
        messageEn: `the report could not be generated: ${kept.error ?? ''}`,
        reportId: kept.id,
      });
    const f = await this.archive.file(kept.id);
    return { body: f.body, contentType: f.contentType, fileName: kept.fileName };
  }
}
