import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Req,
  StreamableFile,
  BadRequestException,
} from '@nestjs/common';
import type { Request } from 'express';
import {
  ApiBearerAuth,
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { ALERT_READERS, CurrentUser, RequestUser, Roles, DistrictScope } from '@bs/api-core';
import type { AlertDetailDto, AlertDto, AssigneeDto, Page } from '@bs/shared-model';
import { contentTypeOf, dispositionOf, EXPORT_MIME_TYPES } from '@bs/api-export';
import { AlertQueryDto } from './alert-query.dto';
import { readAnswer } from './answer-upload';
import { AttachmentError } from './attachment-check';
import {
  AlertBulkDto,
  AlertCommentDto,
  AlertTransitionDto,
  ExtensionRequestDto,
} from './alert-transition.dto';
import { Actor, AlertWorkflowService, scopeOf } from './alert-workflow.service';
import {
  AlertDetailResponse,
  AlertPageResponse,
  AssigneeQueryDto,
  AssigneeResponse,
  BulkResultResponse,
} from './alert.dto';
import { AlertsService } from './alerts.service';
import { KnownCodesPipe } from '@bs/api-db';

/** The caller as the workflow sees them: name, role and scope (agency or district). */
function actorOf(user: RequestUser | undefined): Actor {
  if (!user) return { username: 'unknown', role: 'viewer' };
  return {
    username: user.username,
    role: user.role,
    agencyCode: user.agencyCode ?? null,
    districtCode: user.districtCode ?? null,
  };
}

@ApiTags('alerts')
@ApiBearerAuth()
@DistrictScope('route')
@Controller('alerts')
export class AlertsController {
  constructor(
    @Inject(AlertsService) private readonly alerts: AlertsService,
    @Inject(AlertWorkflowService) private readonly workflow: AlertWorkflowService,
  ) {}

  @Get()
  @Roles(...ALERT_READERS)
  @ApiOperation({
    summary: 'Alerts (预警), most severe first, paged; or the whole filtered list as a CSV/XLSX download',
  })
  @ApiProduces(...EXPORT_MIME_TYPES)
  @ApiOkResponse({ type: AlertPageResponse })
  list(
    @Query(KnownCodesPipe) q: AlertQueryDto,
    @CurrentUser() user: RequestUser | undefined,
  ): Promise<Page<AlertDto>> | StreamableFile {
    const scope = scopeOf(actorOf(user));
    if (q.format === 'csv' || q.format === 'xlsx') {
      const file = this.alerts.exportFile(q.format, q, scope);
      return new StreamableFile(file.stream, {
        type: contentTypeOf(q.format),
        disposition: dispositionOf(file.fileName),
      });
    }
    return this.alerts.list(q, scope);
  }

  @Get('assignees')
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: '督办 picker: agencies and districts whose name or code contains q (up to 20)' })
  @ApiOkResponse({ type: AssigneeResponse, isArray: true })
  assignees(@Query() q: AssigneeQueryDto): Promise<AssigneeDto[]> {
    return this.alerts.assignees(q.q);
  }

  @Get(':id')
  @Roles(...ALERT_READERS)
  @ApiOperation({ summary: 'One alert with the evidence records behind it and its workflow history' })
  @ApiOkResponse({ type: AlertDetailResponse })
  @ApiNotFoundResponse({ description: 'no such alert, or outside the caller’s scope' })
  detail(
    @Param('id', ParseIntPipe) id: number,
    @CurrentUser() user: RequestUser | undefined,
  ): Promise<AlertDetailDto> {
    return this.alerts.detail(id, scopeOf(actorOf(user)));
  }

  @Get(':id/attachments/:attachmentId')
  @Roles(...ALERT_READERS)
  @ApiOperation({ summary: 'A file a unit sent with its answer (only to those who may see the alert)' })
  @ApiProduces(
    'application/pdf',
    'image/png',
    'image/jpeg',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiOkResponse({ description: 'the stored bytes; header X-Content-SHA256 carries the checksum' })
  @ApiNotFoundResponse({ description: 'no such alert or file, or outside the caller’s scope' })
  async attachment(
    @Param('id', ParseIntPipe) id: number,
    @Param('attachmentId', ParseIntPipe) attachmentId: number,
    @CurrentUser() user: RequestUser | undefined,
  ): Promise<StreamableFile> {
    const f = await this.alerts.attachment(id, attachmentId, scopeOf(actorOf(user)));
    return new StreamableFile(f.data, {
      type: f.contentType,
      length: f.data.length,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`,
    });
  }

  @Post('bulk-transition')
  @HttpCode(200)
  @Roles('auditor', 'admin')
  @ApiOperation({
    summary: 'Confirms or dismisses several alerts with the same reason, all or nothing',
  })
  @ApiOkResponse({ type: BulkResultResponse })
  @ApiConflictResponse({ description: 'one of the alerts cannot take the step (its id is named)' })
  @ApiBadRequestResponse({ description: 'dismissal without a reason' })
  bulk(
    @Body() body: AlertBulkDto,
    @CurrentUser() user: RequestUser | undefined,
  ): Promise<BulkResultResponse> {
    return this.workflow.bulk(body.ids, { to: body.to, comment: body.comment }, actorOf(user));
  }

  @Post(':id/answer')
  @HttpCode(200)
  @Roles('respondent')
  @ApiOperation({
    summary:
      'The unit answers its 督办: text and up to 5 files (PDF, images, XLSX; 10 MB each, type checked by content)',
  })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        comment: { type: 'string', maxLength: 10000 },
        files: { type: 'array', items: { type: 'string', format: 'binary' } },
      },
    },
  })
  @ApiOkResponse({ type: AlertDetailResponse })
  @ApiBadRequestResponse({ description: 'no text and no file, or a file refused (type, size, count)' })
  @ApiConflictResponse({ description: 'no open 督办, or already answered' })
  @ApiNotFoundResponse({ description: 'no such alert, or not assigned to the caller’s agency' })
  async answer(
    @Param('id', ParseIntPipe) id: number,
    @Req() req: Request,
    @CurrentUser() user: RequestUser | undefined,
  ): Promise<AlertDetailDto> {
    const actor = actorOf(user);
    // Out-of-scope ids answer 404 before any file is read.
    await this.alerts.detail(id, scopeOf(actor));
    let upload;
    try {
      upload = await readAnswer(req);
    } catch (err) {
      if (!(err instanceof AttachmentError)) throw err;
      throw new BadRequestException({
        statusCode: 400,
        code: 'ATTACHMENT_REFUSED',
        message: err.messageZh,
        messageEn: err.messageEn,
      });
    }
    return this.workflow.transition(id, { to: 'respond', comment: upload.comment }, actor, upload.files);
  }

  @Post(':id/extension-request')
  @HttpCode(200)
  @Roles('respondent')
  @ApiOperation({ summary: 'The unit asks once for more time, with a reason' })
  @ApiOkResponse({ type: AlertDetailResponse })
  @ApiConflictResponse({ description: 'no open 督办, or more time was already asked for' })
  @ApiNotFoundResponse({ description: 'no such alert, or not assigned to the caller’s agency' })
  extension(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: ExtensionRequestDto,
    @CurrentUser() user: RequestUser | undefined,
  ): Promise<AlertDetailDto> {
    return this.workflow.transition(
      id,
      { to: 'request-extension', comment: body.comment, requestedDate: body.requestedDate ?? null },
      actorOf(user),
    );
  }

  @Post(':id/transition')
  @HttpCode(200)
  @Roles('auditor', 'admin')
  @ApiOperation({
    summary:
      'Workflow step: confirm (optionally assign an agency and due date, 督办), resolve, dismiss (reason required) or comment',
  })
  @ApiOkResponse({ type: AlertDetailResponse, description: 'the alert after the step' })
  @ApiConflictResponse({
    description: 'the workflow forbids this move from the current status (message in Chinese and English)',
  })
  @ApiBadRequestResponse({
    description: 'dismissal without a reason, empty comment, assignment when not confirming, unknown agency',
  })
  @ApiNotFoundResponse({ description: 'no such alert' })
  transition(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: AlertTransitionDto,
    @CurrentUser() user: RequestUser | undefined,
  ): Promise<AlertDetailDto> {
    return this.workflow.transition(id, body, actorOf(user));
  }

  @Post(':id/comments')
  @HttpCode(200)
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: 'Adds a comment to the alert history (no status change)' })
  @ApiOkResponse({ type: AlertDetailResponse })
  @ApiNotFoundResponse({ description: 'no such alert' })
  comment(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: AlertCommentDto,
    @CurrentUser() user: RequestUser | undefined,
  ): Promise<AlertDetailDto> {
    return this.workflow.comment(id, body.comment, actorOf(user));
  }
}
