import {
  Controller,
  ForbiddenException,
  Get,
  HttpException,
  Inject,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiParam,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig, bulkGate, CurrentUser, RequestUser, Roles } from '@bs/api-core';
import { AuditLogService } from '@bs/api-db';
import { DATASET_KEYS, isDatasetKey } from '@bs/shared-model';
import { ImportsService } from './imports.service';
import { UploadError, uploadToDisk } from './upload-to-disk';

export const IMPORTS_CONFIG = Symbol('IMPORTS_CONFIG');

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    @Inject(IMPORTS_CONFIG) private readonly config: Pick<AppConfig, 'uploadMaxBytes'>,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
  ) {}

  /** Refused uploads leave an audit record too (who, which dataset, why). */
  private async refused(dataset: string, req: Request, user: RequestUser | undefined, reason: string) {
    await this.audit
      .record({
        actor: user?.username ?? null,
        action: 'import.refused',
        target: `${dataset}:upload`,
        after: { reason },
        ip: req.ip ?? null,
      })
      .catch(() => undefined);
  }

  @Post(':dataset')
  @Roles('importer', 'admin')
  @ApiConsumes('multipart/form-data')
  @ApiParam({ name: 'dataset', enum: DATASET_KEYS })
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ description: 'accepted: the import report' })
  @ApiUnprocessableEntityResponse({ description: 'rejected: the import report with every error' })
  async upload(
    @Param('dataset') dataset: string,
    @Req() req: Request,
    @Res() res: Response,
    @CurrentUser() user?: RequestUser,
  ): Promise<void> {
    if (!isDatasetKey(dataset)) {
      req.resume();
      res.status(404).json({
        message: `未知数据集 ${dataset}`,
        messageEn: `unknown dataset ${dataset}`,
        datasets: DATASET_KEYS,
      });
      return;
    }
    let release: () => void;
    try {
      release = bulkGate.enter('import');
    } catch (e) {
      req.resume();
      const body = (e as HttpException).getResponse() as Record<string, unknown>;
      await this.refused(dataset, req, user, String(body['messageEn']));
      res.setHeader('Retry-After', String(body['retryAfterSeconds']));
      res.status(429).json(body);
      return;
    }
    let file;
    try {
      file = await uploadToDisk(req, this.config.uploadMaxBytes);
    } catch (e) {
      release();
      const err = e instanceof UploadError ? e : new UploadError(400, '上传失败', 'upload failed');
      await this.refused(dataset, req, user, err.messageEn);
      if (!res.headersSent && !res.destroyed)
        res.status(err.status).json({ message: err.messageZh, messageEn: err.messageEn });
      return;
    }
    try {
      const report = await this.imports.run({
        dataset,
        filePath: file.path,
        fileName: file.fileName,
        source: 'upload',
        user: user?.username ?? null,
        ip: req.ip,
      });
      res.status(report.status === 'accepted' ? 200 : 422).json(report);
    } finally {
      release();
      await file.cleanup();
    }
  }

  @Get()
  @Roles('importer', 'auditor', 'admin')
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  @ApiQuery({ name: 'dataset', required: false, enum: DATASET_KEYS })
  list(
    @Query('page') page?: string,
    @Query('pageSize') pageSize?: string,
    @Query('dataset') dataset?: string,
  ) {
    const p = Math.max(1, parseInt(page ?? '1', 10) || 1);
    const s = Math.min(200, Math.max(1, parseInt(pageSize ?? '50', 10) || 50));
    return this.imports.list(p, s, dataset && isDatasetKey(dataset) ? dataset : undefined);
  }

  @Get(':id')
  @Roles('importer', 'auditor', 'admin')
  get(@Param('id', ParseIntPipe) id: number) {
    return this.imports.get(id);
  }

  @Get(':id/problem-rows.csv')
  @Roles('importer', 'auditor', 'admin')
  async problemRows(
    @Param('id', ParseIntPipe) id: number,
    @Res() res: Response,
    @CurrentUser() user?: RequestUser,
  ): Promise<void> {
    // Problem rows hold payee names, accounts and amounts: an importer reads only their own batches.
    const { csv, startedBy } = await this.imports.problemRows(id);
    if (user?.role === 'importer' && startedBy !== user.username)
      throw new ForbiddenException({
        code: 'NOT_YOUR_BATCH',
        message: '只能查看本人导入批次的问题行',
        messageEn: 'importers may read the problem rows of their own batches only',
      });
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="import-${id}-problem-rows.csv"`);
    res.send(csv ?? '\uFEFF行号 line,错误原因 reasons\r\n');
  }
}
