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
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, READERS, RequestUser, Roles } from '@bs/api-core';
import type { AlertDetailDto, AlertDto, Page } from '@bs/shared-model';
import { contentTypeOf, dispositionOf, EXPORT_MIME_TYPES } from '@bs/api-export';
import { AlertQueryDto } from './alert-query.dto';
import { AlertCommentDto, AlertTransitionDto } from './alert-transition.dto';
import { AlertWorkflowService } from './alert-workflow.service';
import { AlertDetailResponse, AlertPageResponse } from './alert.dto';
import { AlertsService } from './alerts.service';
import { KnownCodesPipe } from '@bs/api-db';

function actorOf(user: RequestUser | undefined): { username: string } {
  return { username: user?.username ?? 'unknown' };
}

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts')
export class AlertsController {
  constructor(
    @Inject(AlertsService) private readonly alerts: AlertsService,
    @Inject(AlertWorkflowService) private readonly workflow: AlertWorkflowService,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Alerts (预警), most severe first, paged; or the whole filtered list as a CSV/XLSX download',
  })
  @ApiProduces(...EXPORT_MIME_TYPES)
  @ApiOkResponse({ type: AlertPageResponse })
  list(@Query(KnownCodesPipe) q: AlertQueryDto): Promise<Page<AlertDto>> | StreamableFile {
    if (q.format === 'csv' || q.format === 'xlsx') {
      const file = this.alerts.exportFile(q.format, q);
      return new StreamableFile(file.stream, {
        type: contentTypeOf(q.format),
        disposition: dispositionOf(file.fileName),
      });
    }
    return this.alerts.list(q);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One alert with the evidence records behind it and its workflow history' })
  @ApiOkResponse({ type: AlertDetailResponse })
  @ApiNotFoundResponse({ description: 'no such alert' })
  detail(
    @Param('id', ParseIntPipe) id: number,
    @CurrentUser() user: RequestUser | undefined,
  ): Promise<AlertDetailDto> {
    return this.alerts.detail(id, { username: user?.username ?? 'unknown', role: user?.role ?? 'viewer' });
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
