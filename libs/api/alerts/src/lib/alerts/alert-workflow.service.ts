import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { AuditLogService } from '@bs/api-db';
import type { AlertDetailDto, Role } from '@bs/shared-model';
import { DataSource, EntityManager } from 'typeorm';
import type { AlertScope } from './alert-filter';
import { alertNotFound } from './alert-not-found';
import {
  planTransition,
  TransitionInput,
  TransitionPlan,
  WorkflowError,
  WorkflowState,
} from './alert-workflow';
import { AlertsRepository } from './alerts.repository';
import { AlertsService } from './alerts.service';
import { AttachmentsRepository, type CheckedFile } from './attachments.repository';

export interface Actor {
  username: string;
  /** Absent for the CLI and tests: the whole city, auditor rights. */
  role?: Role;
  agencyCode?: string | null;
  districtCode?: string | null;
  ip?: string | null;
  requestId?: string | null;
}

const RESPONDENT_STEPS = new Set(['respond', 'request-extension']);

export function scopeOf(actor: Actor): AlertScope | null {
  return actor.role ? { ...actor, role: actor.role } : null;
}

/**
 * The alert workflow (确认/督办/答复/验收/退回/延期/整改/排除/重新打开, comments): one locked
 * transaction per step (or per bulk request), each step in alert_event and the audit log.
 */
@Injectable()
export class AlertWorkflowService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(AlertsRepository) private readonly repo: AlertsRepository,
    @Inject(AlertsService) private readonly alerts: AlertsService,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
    @Inject(AttachmentsRepository) private readonly files: AttachmentsRepository,
  ) {}

  async transition(
    id: number,
    input: TransitionInput,
    actor: Actor,
    attachments: CheckedFile[] = [],
  ): Promise<AlertDetailDto> {
    await this.ds.transaction((em) => this.step(em, id, input, actor, attachments));
    return this.alerts.detail(id, scopeOf(actor));
  }

  comment(id: number, comment: string, actor: Actor): Promise<AlertDetailDto> {
    return this.transition(id, { to: 'comment', comment }, actor);
  }

  /** The same step and reason for every id, all or nothing (the first refusal names its id). */
  async bulk(ids: number[], input: TransitionInput, actor: Actor): Promise<{ updated: number[] }> {
    const unique = [...new Set(ids)].sort((a, b) => a - b); // one lock order: no deadlocks
    await this.ds.transaction(async (em) => {
      for (const id of unique) {
        try {
          await this.step(em, id, input, actor, []);
        } catch (err) {
          if (
            err instanceof BadRequestException ||
            err instanceof ConflictException ||
            err instanceof NotFoundException
          ) {
            const body = err.getResponse() as { message?: string; messageEn?: string };
            const Kind = err.constructor as new (b: object) => Error;
            throw new Kind({
              ...body,
              message: `预警 ${id}：${body.message ?? ''}`,
              messageEn: `alert ${id}: ${body.messageEn ?? ''}`,
              details: { alertId: id },
            });
          }
          throw err;
        }
      }
    });
    return { updated: unique };
  }

  private async step(
    em: EntityManager,
    id: number,
    input: TransitionInput,
    actor: Actor,
    attachments: CheckedFile[],
  ): Promise<void> {
    const isRespondent = actor.role === 'respondent';
    if (isRespondent !== RESPONDENT_STEPS.has(input.to) && actor.role !== 'admin') {
      throw new ForbiddenException({
        statusCode: 403,
        code: 'ROLE_FORBIDDEN',
        message: isRespondent ? '单位联络员只能答复或申请延期' : '只有单位联络员可以答复或申请延期',
        messageEn: isRespondent
          ? 'a respondent may only answer or ask for more time'
          : 'only the unit’s respondent answers or asks for more time',
      });
    }
    const current = await this.repo.lock(em, id, scopeOf(actor));
    if (!current) throw alertNotFound(id);
    const plan = decide(current, { ...input, attachments: attachments.length });
    await this.checkAssignment(em, plan);
    if (plan.kind !== 'comment') {
      await this.repo.setState(em, id, plan.next, plan.assignment ? actor.username : null);
    }
    const detail = {
      ...plan.detail,
      ...(plan.assignment ?? {}),
    };
    const eventId = await this.repo.insertEvent(em, {
      alertId: id,
      kind: plan.kind,
      from: plan.from,
      to: plan.to,
      actor: actor.username,
      comment: plan.comment,
      detail: Object.keys(detail).length ? detail : null,
    });
    const stored = [];
    for (const f of attachments) stored.push(await this.files.insert(em, id, eventId, f, actor.username));
    await this.audit.record(
      {
        actor: actor.username,
        action: auditAction(plan),
        target: `alert:${id}`,
        before: stateOf(current),
        after: {
          ...stateOf(plan.next),
          eventId,
          kind: plan.kind,
          comment: plan.comment,
          ...(plan.assignment ? { assignment: plan.assignment } : {}),
          ...(stored.length ? { attachments: stored } : {}),
        },
        ip: actor.ip ?? null,
        requestId: actor.requestId ?? null,
      },
      em,
    );
  }

  private async checkAssignment(em: EntityManager, plan: TransitionPlan): Promise<void> {
    const a = plan.assignment;
    if (a?.assignedAgency && !(await this.repo.agencyExists(em, a.assignedAgency))) {
      throw new BadRequestException({
        statusCode: 400,
        code: 'UNKNOWN_AGENCY',
        message: `督办单位 ${a.assignedAgency} 不存在`,
        messageEn: `unknown agency ${a.assignedAgency}`,
        details: { field: 'assignedAgency' },
      });
    }
    if (a?.assignedDistrict && !(await this.repo.districtExists(em, a.assignedDistrict))) {
      throw new BadRequestException({
        statusCode: 400,
        code: 'UNKNOWN_DISTRICT',
        message: `督办区划 ${a.assignedDistrict} 不存在`,
        messageEn: `unknown district ${a.assignedDistrict}`,
        details: { field: 'assignedDistrict' },
      });
    }
  }
}

function stateOf(s: WorkflowState) {
  return {
    status: s.status,
    assignedAgency: s.assignedAgency,
    assignedDistrict: s.assignedDistrict,
    dueDate: s.dueDate,
    responseState: s.responseState,
    extensionRequested: s.extensionRequested,
  };
}

/** `alert.transition` for status moves and assignments (as before), `alert.<kind>` for the rest. */
function auditAction(plan: TransitionPlan): string {
  return plan.kind === 'transition' || plan.kind === 'assign' ? 'alert.transition' : `alert.${plan.kind}`;
}

/** The workflow decision as an HTTP answer: 409 for a forbidden move, 400 for a bad request. */
function decide(current: WorkflowState, input: TransitionInput): TransitionPlan {
  try {
    return planTransition(current, input);
  } catch (err) {
    if (!(err instanceof WorkflowError)) throw err;
    const body = {
      code: err.code === 'conflict' ? 'WORKFLOW_CONFLICT' : 'WORKFLOW_INVALID',
      message: `${err.messageZh}（${err.messageEn}）`,
      messageZh: err.messageZh,
      messageEn: err.messageEn,
    };
    throw err.code === 'conflict'
      ? new ConflictException({ statusCode: 409, error: 'Conflict', ...body })
      : new BadRequestException({ statusCode: 400, error: 'Bad Request', ...body });
  }
}
