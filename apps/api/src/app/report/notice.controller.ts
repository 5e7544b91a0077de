import { Controller, Get, Inject, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { AlertsService } from '@bs/api-alerts';
import { ALERT_READERS, CurrentUser, DistrictScope, RequestUser, Roles } from '@bs/api-core';
import { dispositionOf } from '@bs/api-export';
import { noticeNumber, writeNotice } from '@bs/api-report';
import { localToday } from '@bs/shared-model';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { REPORT_TYPES, renderDocument } from './render-document';

export class NoticeQueryDto {
  @ApiPropertyOptional({ enum: ['docx', 'pdf', 'html'], description: 'default docx' })
  @IsOptional()
  @IsIn(['docx', 'pdf', 'html'])
  format?: 'docx' | 'pdf' | 'html';

  @ApiPropertyOptional({ enum: ['zh', 'en'], description: 'language, default zh' })
  @IsOptional()
  @IsIn(['zh', 'en'])
  lang?: 'zh' | 'en';
}

/** 督办通知书 of one alert, for whoever may read the alert (its scope decides, as for the detail). */
@ApiTags('alerts')
@ApiBearerAuth()
@DistrictScope('route')
@Controller('alerts')
export class NoticeController {
  constructor(@Inject(AlertsService) private readonly alerts: AlertsService) {}

  @Get(':id/notice')
  @Roles(...ALERT_READERS)
  @ApiOperation({
    summary:
      'The 督办通知书 of one alert (the matter, the facts, the unit and due date, evidence, record): Word, PDF or HTML',
  })
  @ApiProduces(REPORT_TYPES.docx, REPORT_TYPES.pdf, REPORT_TYPES.html)
  @ApiOkResponse({ description: 'the notice file (Content-Disposition carries its number)' })
  @ApiNotFoundResponse({ description: 'no such alert, or outside the caller’s scope' })
  async notice(
    @Param('id', ParseIntPipe) id: number,
    @Query() q: NoticeQueryDto,
    @CurrentUser() user: RequestUser | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const reader = user
      ? {
          username: user.username,
          role: user.role,
          agencyCode: user.agencyCode,
          districtCode: user.districtCode,
        }
      : null;
    const alert = await this.alerts.detail(id, reader);
    const lang = q.lang ?? 'zh';
    const format = q.format ?? 'docx';
    const body = await renderDocument(writeNotice(alert, lang, localToday()), format);
    const name = `${lang === 'zh' ? '督办通知书' : 'notice'}_${noticeNumber(alert)}.${format}`;
    res.setHeader('Content-Type', REPORT_TYPES[format]);
    res.setHeader('Content-Disposition', dispositionOf(name));
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  }
}
