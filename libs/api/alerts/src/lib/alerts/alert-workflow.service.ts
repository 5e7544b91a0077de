import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { AuditLogService } from '@bs/api-db';
import type { AlertDetailDto, AlertStatus } from '@bs/shared-model';
import { DataSource } from 'typeorm';
import { planTransition, TransitionInput, TransitionPlan, WorkflowError } from './alert-workflow';
import { AlertsRepository } from './alerts.repository';
import { AlertsService } from './alerts.service';

export interface Actor {
  username: string;
  ip?: string | null;
  requestId?: string | null;
}

/** The alert workflow (确认/督办/整改/排除, comments): one locked transaction per step, audit-logged. */
@Injectable()
export class AlertWorkflowService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(AlertsRepository) private readonly repo: AlertsRepository,
    @Inject(AlertsService) private readonly alerts: AlertsService,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
  ) {}

  async transition(id: number, input: TransitionInput, actor: Actor): Promise<AlertDetailDto> {
    await this.ds.transaction(async (em) => {
      const current = await this.repo.lock(em, id);
      if (!current)
        throw new NotFoundException({
          statusCode: 404,
          message: `预警 ${id} 不存在`,
          messageEn: `alert ${id} not found`,
        });
      const plan = decide(current.status, input);
      if (
        plan.assignment?.assignedAgency &&
        !(await this.repo.agencyExists(em, plan.assignment.assignedAgency))
      ) {
        throw new BadRequestException({
          statusCode: 400,
          message: `督办单位 ${plan.assignment.assignedAgency} 不存在`,
          messageEn: `unknown agency ${plan.assignment.assignedAgency}`,
        });
      }
      const before = {
        status: current.status,
        assignedAgency: current.assignedAgency,
        dueDate: current.dueDate,
      };
      const after = {
        status: plan.to,
        assignedAgency: plan.assignment ? plan.assignment.assignedAgency : current.assignedAgency,
        dueDate: plan.assignment ? plan.assignment.dueDate : current.dueDate,
      };
      if (plan.kind !== 'comment') await this.repo.setState(em, id, after);
      const eventId = await this.repo.insertEvent(em, {
        alertId: id,
        kind: plan.kind,
        from: plan.from,
        to: plan.to,
        actor: actor.username,
        comment: plan.comment,
      });
      await this.audit.record(
        {
          actor: actor.username,
          action: plan.kind === 'comment' ? 'alert.comment' : 'alert.transition',
          target: `alert:${id}`,
          before,
          after: {
            ...after,
            eventId,
            kind: plan.kind,
            comment: plan.comment,
            ...(plan.assignment ? { assignment: plan.assignment } : {}),
          },
          ip: actor.ip ?? null,
          requestId: actor.requestId ?? null,
        },
        em,
      );
    });
    // Only auditors and admins reach a workflow step: the evidence comes back in full, audited.
    return this.alerts.detail(id, { username: actor.username, role: 'auditor' });
  }

  comment(id: number, comment: string, actor: Actor): Promise<AlertDetailDto> {
    return this.transition(id, { to: 'comment', comment }, actor);
  }
}

/** The workflow decision as an HTTP answer: 409 for a forbidden move, 400 for a bad request. */
function decide(current: AlertStatus, input: TransitionInput): TransitionPlan {
  try {
    return planTransition(current, input);
  } catch (err) {
    if (!(err instanceof WorkflowError)) throw err;
    const body = {
      message: `${err.messageZh}（${err.messageEn}）`,
      messageZh: err.messageZh,
      messageEn: err.messageEn,
    };
    throw err.code === 'conflict'
      ? new ConflictException({ statusCode: 409, error: 'Conflict', ...body })
      : new BadRequestException({ statusCode: 400, error: 'Bad Request', ...body });
  }
}
