import { ApiProperty } from '@nestjs/swagger';
import {
  ENUMS,
  type AdminAssetDto,
  type EnumCode,
  type Money,
  type NaturalResourceDto,
  type SoeDto,
} from '@bs/shared-model';
import { CodeField, EnumField } from '../shared/query-fields';
import { ScopeQueryDto } from '../shared/scope-query.dto';

const SECTORS = Object.keys(ENUMS.sector);
const ASSET_CLASSES = Object.keys(ENUMS.asset_class);
const RESOURCE_TYPES = Object.keys(ENUMS.resource_type);

export class SoeQueryDto extends ScopeQueryDto {
  @EnumField(SECTORS, 'sector filter')
  sector?: EnumCode<'sector'>;
}

export class AdminAssetQueryDto extends ScopeQueryDto {
  @CodeField('agency code', false)
  agencyCode?: string;

  @EnumField(ASSET_CLASSES, 'asset class filter')
  assetClass?: EnumCode<'asset_class'>;
}

export class NaturalQueryDto extends ScopeQueryDto {
  @CodeField('district code (6 digits)')
  districtCode?: string;

  @EnumField(RESOURCE_TYPES, 'resource type filter')
  resourceType?: EnumCode<'resource_type'>;
}

const money = (description: string) =>
  ApiProperty({ type: String, description: `${description} (yuan, decimal string)`, example: '1234567.89' });

export class SoeResponse implements SoeDto {
  @ApiProperty() enterpriseCode!: string;
  @ApiProperty() enterpriseName!: string;
  @ApiProperty({ enum: SECTORS }) sector!: EnumCode<'sector'>;
  @ApiProperty({ type: String, nullable: true }) supervisor!: string | null;
  @money('资产总额') totalAssets!: Money;
  @money('负债总额') totalLiabilities!: Money;
  @ApiProperty({ type: Number, nullable: true, description: 'liabilities / assets' }) leverage!:
    number | null;
  @money('年初所有者权益') equityBegin!: Money;
  @money('年末所有者权益') equityEnd!: Money;
  @ApiProperty({ type: Number, nullable: true, description: 'equity_end / equity_begin (保值增值率)' })
  valueRatio!: number | null;
  @money('营业收入') revenue!: Money;
  @money('净利润') netProfit!: Money;
}

export class AdminAssetResponse implements AdminAssetDto {
  @ApiProperty() agencyCode!: string;
  @ApiProperty({ type: String, nullable: true }) agencyName!: string | null;
  @ApiProperty({ enum: ASSET_CLASSES }) assetClass!: EnumCode<'asset_class'>;
  @ApiProperty({ type: Number, nullable: true }) quantity!: number | null;
  @money('原值') originalValue!: Money;
  @money('净值') netValue!: Money;
  @ApiProperty({ type: String, nullable: true, description: '闲置资产价值 (yuan, decimal string)' })
  idleValue!: Money | null;
}

export class NaturalResourceResponse implements NaturalResourceDto {
  @ApiProperty() districtCode!: string;
  @ApiProperty({ type: String, nullable: true }) districtName!: string | null;
  @ApiProperty({ enum: RESOURCE_TYPES }) resourceType!: EnumCode<'resource_type'>;
  @ApiProperty({ example: '面积' }) indicator!: string;
  @ApiProperty({ example: '公顷' }) unit!: string;
  @ApiProperty() quantity!: number;
  @ApiProperty({ type: String, nullable: true, description: '价值 (yuan, decimal string)' })
  value!: Money | null;
}
