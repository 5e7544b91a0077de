import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type LoginResponse, type Role, type UserDto } from '@bs/shared-model';

export class UserResponseDto implements UserDto {
  @ApiProperty() id!: number;
  @ApiProperty() username!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
}

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ description: 'bearer token for the Authorization header' }) accessToken!: string;
  @ApiProperty({ description: 'exchange at POST /api/auth/refresh for new tokens' }) refreshToken!: string;
  @ApiProperty({ description: 'access token lifetime in seconds' }) expiresIn!: number;
  @ApiProperty({ type: UserResponseDto }) user!: UserResponseDto;
}
