import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, READERS, RequestUser, Roles } from '@bs/api-core';
import { RULE_IDS, type RuleDto } from '@bs/shared-model';
import {
  RuleParamsDto,
  RulePrecisionQueryDto,
  RulePrecisionResponse,
  RulePreviewRequestDto,
  RulePreviewResponse,
  RuleResponse,
  RuleRunRequestDto,
  RuleRunResponse,
  RuleRunsQueryDto,
} from './rule.dto';
import { RulesService } from './rules.service';

const actorOf = (user: RequestUser | undefined) => ({ username: user?.username ?? 'unknown' });

@ApiTags('rules')
@ApiBearerAuth()
@Controller('rules')
export class RulesController {
  constructor(@Inject(RulesService) private readonly rules: RulesService) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'The rule catalogue: names, current thresholds, version history, alert counts per status, precision',
  })
  @ApiOkResponse({ type: RuleResponse, isArray: true })
  catalogue(): Promise<RuleResponse[]> {
    return this.rules.catalogue();
  }

  @Get('precision')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'Per-rule precision: (confirmed + resolved) / (confirmed + resolved + dismissed), null when none judged',
  })
  @ApiOkResponse({ type: RulePrecisionResponse, isArray: true })
  precision(@Query() q: RulePrecisionQueryDto): Promise<RulePrecisionResponse[]> {
    return this.rules.precision(q.fiscalYear);
  }

  @Get('runs')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Recent rule runs, newest first, with counts per rule and severity' })
  @ApiOkResponse({ type: RuleRunResponse, isArray: true })
  runs(@Query() q: RuleRunsQueryDto): Promise<RuleRunResponse[]> {
    return this.rules.runs(q.limit, q.fiscalYear);
  }

  @Post('run')
  @HttpCode(200)
  @Roles('auditor', 'admin')
  @ApiOperation({
    summary: 'Runs the whole catalogue for a fiscal year; returns counts per rule and severity',
  })
  @ApiOkResponse({ type: RuleRunResponse })
  @ApiBadRequestResponse({ description: 'asOf invalid or outside the fiscal year' })
  run(
    @Body() body: RuleRunRequestDto,
    @CurrentUser() user: RequestUser | undefined,
  ): Promise<RuleRunResponse> {
    return this.rules.run(body.fiscalYear, body.asOf, actorOf(user));
  }

  @Patch(':ruleId')
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: 'Changes thresholds of a rule (validated; saved as a new version; audit-logged)' })
  @ApiParam({ name: 'ruleId', enum: RULE_IDS })
  @ApiOkResponse({ type: RuleResponse })
  @ApiBadRequestResponse({ description: 'unknown threshold, not a number, out of range or inconsistent' })
  @ApiNotFoundResponse({ description: 'unknown rule' })
  update(
    @Param('ruleId') ruleId: string,
    @Body() body: RuleParamsDto,
    @CurrentUser() user: RequestUser | undefined,
  ): Promise<RuleDto> {
    return this.rules.updateParams(ruleId, body.params, actorOf(user), body.reason);
  }

  @Post(':ruleId/preview')
  @HttpCode(200)
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: 'What the rule would flag with the proposed thresholds (nothing is written)' })
  @ApiParam({ name: 'ruleId', enum: RULE_IDS })
  @ApiOkResponse({ type: RulePreviewResponse })
  @ApiBadRequestResponse({ description: 'invalid thresholds or asOf' })
  @ApiNotFoundResponse({ description: 'unknown rule' })
  preview(
    @Param('ruleId') ruleId: string,
    @Body() body: RulePreviewRequestDto,
  ): Promise<RulePreviewResponse> {
    return this.rules.preview(ruleId, body.fiscalYear, body.params, body.asOf);
  }
}
