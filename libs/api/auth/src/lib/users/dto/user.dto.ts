import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ROLES, type Role } from '@bs/shared-model';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../password/password-policy';
import type { AdminUserView, UserWithPassword } from '../user-views';

export class CreateUserDto {
  @ApiProperty({
    example: 'zhang.wei',
    description: '2–64 letters, digits, ".", "-", "_" (stored in lower case)',
  })
  @IsString()
  @IsNotEmpty()
  @Matches(/^\s*[A-Za-z0-9][A-Za-z0-9._-]{1,63}\s*$/, {
    message: 'username must be 2–64 letters, digits, ".", "-" or "_"',
  })
  username!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({
    description: 'omit to have a strong password generated (returned once)',
    minLength: PASSWORD_MIN_LENGTH,
  })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;

  @ApiPropertyOptional({ description: 'respondent only (required): the agency it answers for' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9A-Za-z._-]{1,64}$/, { message: 'agencyCode must be an agency code' })
  agencyCode?: string;

  @ApiPropertyOptional({ description: 'viewer or auditor: limit the account to one district' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'districtCode must be 6 digits' })
  districtCode?: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({
    description: 'true disables the account (its tokens stop working), false enables it',
  })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional({ description: 'true generates a new password (returned once) and clears a lock' })
  @IsOptional()
  @IsBoolean()
  resetPassword?: boolean;
}

export class AdminUserDto implements AdminUserView {
  @ApiProperty() id!: number;
  @ApiProperty() username!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiPropertyOptional({ type: String, nullable: true }) agencyCode?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) districtCode?: string | null;
  @ApiProperty() disabled!: boolean;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'set while locked after failed logins',
  })
  lockedUntil!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class UserWithPasswordDto implements UserWithPassword {
  @ApiProperty({ type: AdminUserDto }) user!: AdminUserDto;
  @ApiProperty({ type: String, nullable: true, description: 'the generated password, shown only this once' })
  password!: string | null;
}
