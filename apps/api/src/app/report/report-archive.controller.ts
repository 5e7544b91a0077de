import { Controller, Get, Inject, Param, ParseIntPipe, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { READERS, Roles } from '@bs/api-core';
import { dispositionOf } from '@bs/api-export';
import type { Response } from 'express';
import { REPORT_TYPES } from './render-document';
import { KeptReport, ReportArchiveService } from './report-archive.service';

/**
 * The kept reports (报告 page): the monthly ones after the inbox and those users kept. City-wide
 * content, so no @DistrictScope: the access guard refuses district accounts.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Roles(...READERS)
@Controller('reports')
export class ReportArchiveController {
  constructor(@Inject(ReportArchiveService) private readonly archive: ReportArchiveService) {}

  @Get()
  @ApiOperation({ summary: 'The kept supervision reports, newest first (generated, failed or in progress)' })
  @ApiOkResponse({ description: '{ items: KeptReport[] }' })
  async list(): Promise<{ items: KeptReport[] }> {
    return { items: await this.archive.list() };
  }

  @Get(':id/file')
  @ApiOperation({ summary: 'Download one kept report, addressed by its id only' })
  @ApiProduces(REPORT_TYPES.docx, REPORT_TYPES.pdf, REPORT_TYPES.html)
  @ApiNotFoundResponse({ description: 'no such report, it failed, or its file is gone' })
  async file(@Param('id', ParseIntPipe) id: number, @Res() res: Response): Promise<void> {
    const f = await this.archive.file(id);
    res.setHeader('Content-Type', f.contentType);
    res.setHeader('Content-Disposition', dispositionOf(f.report.fileName));
    res.setHeader('Cache-Control', 'no-store');
    res.end(f.body);
  }
}
