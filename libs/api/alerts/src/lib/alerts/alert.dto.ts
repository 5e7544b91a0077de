import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import {
  ALERT_STATUSES,
  RESPONSE_STATES,
  RULE_IDS,
  SEVERITIES,
  type AlertAttachmentDto,
  type AlertDetailDto,
  type AlertDto,
  type AlertHistoryDto,
  type AlertStatus,
  type AssigneeDto,
  type EvidenceRecordDto,
  type Money,
  type Page,
  type ResponseState,
  type RuleId,
  type Severity,
} from '@bs/shared-model';

const EVIDENCE_SCHEMA = {
  type: 'object' as const,
  additionalProperties: { type: 'array' as const, items: { type: 'string' as const } },
  example: { vouchers: ['PV2024000123', 'PV2024000124'] },
};

export class AlertResponse implements AlertDto {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: RULE_IDS }) ruleId!: RuleId;
  @ApiProperty({ enum: SEVERITIES }) severity!: Severity;
  @ApiProperty() fiscalYear!: number;
  @ApiProperty({ example: 'voucher' }) subjectType!: string;
  @ApiProperty({ example: '101001/general' }) subjectKey!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'what the subject is called: enterprise, special-bond project, bond (with the due date), district, else the agency',
    example: '呼和浩特市教育局',
  })
  subjectName!: string | null;
  @ApiProperty({ type: String, nullable: true }) agencyCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) agencyName!: string | null;
  @ApiProperty({ type: String, nullable: true }) districtCode!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'money at stake, yuan (decimal string)',
    example: '12000.00',
  })
  amount!: Money | null;
  @ApiProperty({ type: Number, nullable: true, description: 'measured value' }) metric!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'value it was compared with' }) threshold!:
    number | null;
  @ApiProperty({ ...EVIDENCE_SCHEMA, description: 'keys of the records behind the alert, per kind' })
  evidence!: Record<string, string[]>;
  @ApiProperty() messageZh!: string;
  @ApiProperty() messageEn!: string;
  @ApiProperty({ enum: ALERT_STATUSES }) status!: AlertStatus;
  @ApiProperty({ type: String, nullable: true, description: '督办: agency asked to explain' })
  assignedAgency!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) assignedAgencyName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '督办: district asked to explain' })
  assignedDistrict?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) assignedDistrictName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) districtName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'who assigned the 督办' })
  assignedBy?: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiPropertyOptional({ description: 'open 督办 past its due date and not answered' }) overdue?: boolean;
  @ApiPropertyOptional({
    enum: RESPONSE_STATES,
    nullable: true,
    description: 'awaiting | answered | returned',
  })
  responseState?: ResponseState | null;
  @ApiPropertyOptional({ description: 'the unit has asked for more time (once)' })
  extensionRequested?: boolean;
  @ApiProperty({ format: 'date-time', description: 'when a rule run first raised it (run time)' })
  firstSeen!: string;
  @ApiProperty({ format: 'date-time', description: 'when a rule run last raised it (run time)' })
  lastSeen!: string;
  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'data date (as-of) of the last rule run that raised it',
  })
  asOf?: string | null;
}

export class AlertPageResponse implements Page<AlertDto> {
  @ApiProperty({ type: AlertResponse, isArray: true }) items!: AlertDto[];
  @ApiProperty({ description: 'alerts matching the filters' }) total!: number;
}

export class EvidenceRecordResponse implements EvidenceRecordDto {
  @ApiProperty({ example: 'vouchers', description: 'the evidence kind it came from' }) kind!: string;
  @ApiProperty() key!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true },
    description: 'camelCase field -> value (money as decimal string)',
  })
  fields!: Record<string, string | number | null>;
}

export class AlertAttachmentResponse implements AlertAttachmentDto {
  @ApiProperty() id!: number;
  @ApiProperty() fileName!: string;
  @ApiProperty({ example: 'application/pdf', description: 'from the file’s first bytes' })
  contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ description: 'hex SHA-256 of the stored bytes' }) sha256!: string;
  @ApiProperty({ type: String, nullable: true }) uploadedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
}

export class AlertHistoryResponse implements AlertHistoryDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true }) by!: string | null;
  @ApiProperty({ enum: ALERT_STATUSES, nullable: true }) from!: AlertStatus | null;
  @ApiProperty({ enum: ALERT_STATUSES }) to!: AlertStatus;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'agency assigned at this step' })
  assignedAgency!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiPropertyOptional({
    enum: ['transition', 'assign', 'comment', 'reopen', 'accept', 'return', 'extend', 'respond', 'extension'],
    description: 'what the step was',
  })
  kind?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) assignedDistrict?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) requestedDate?: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'the assigned agency’s or district’s name',
  })
  assignedName?: string | null;
  @ApiPropertyOptional({ type: AlertAttachmentResponse, isArray: true }) attachments?: AlertAttachmentDto[];
}

export class AlertDetailResponse extends AlertResponse implements AlertDetailDto {
  @ApiProperty({
    type: EvidenceRecordResponse,
    isArray: true,
    description: 'records named by evidence, capped at 200',
  })
  evidenceRecords!: EvidenceRecordDto[];
  @ApiProperty({ type: AlertHistoryResponse, isArray: true, description: 'workflow steps, oldest first' })
  history!: AlertHistoryDto[];
}

export class BulkResultResponse {
  @ApiProperty({ type: [Number], description: 'the alerts changed' }) updated!: number[];
}

export class AssigneeResponse implements AssigneeDto {
  @ApiProperty({ enum: ['agency', 'district'] }) kind!: 'agency' | 'district';
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) districtName!: string | null;
}

export class AssigneeQueryDto {
  @ApiPropertyOptional({ maxLength: 64, description: 'part of a name or code; empty lists the first 20' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  q?: string;
}
