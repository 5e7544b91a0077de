import { Body, Controller, Get, HttpCode, Inject, Post, Req } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ALL_ROLES, CurrentUser, Public, Roles, type RequestUser } from '@bs/api-core';
import type { LoginResponse, UserDto } from '@bs/shared-model';
import { ErrorResponseDto, RetryLaterResponseDto } from '../http/error-response.dto';
import { clientIp, type ContextRequest } from '../http/request-context';
import { AuthService } from './auth.service';
import { LoginRequestDto, RefreshRequestDto } from './dto/login.dto';
import { LoginResponseDto, UserResponseDto } from './dto/login-response.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Log in; repeated failures are throttled per address (429) and per account (423)',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'wrong username or password' })
  @ApiTooManyRequestsResponse({
    type: RetryLaterResponseDto,
    description: 'too many failed logins from this address',
  })
  @ApiResponse({
    status: 423,
    type: RetryLaterResponseDto,
    description: 'account locked after repeated failures',
  })
  login(@Body() body: LoginRequestDto, @Req() req: ContextRequest): Promise<LoginResponse> {
    return this.auth.login(body.username, body.password, {
      ip: clientIp(req),
      requestId: req.requestId ?? null,
    });
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for new tokens' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  refresh(@Body() body: RefreshRequestDto): Promise<LoginResponse> {
    return this.auth.refresh(body.refreshToken);
  }

  @Roles(...ALL_ROLES)
  @Get('me')
  @ApiOperation({ summary: 'The logged-in user' })
  @ApiOkResponse({ type: UserResponseDto })
  me(@CurrentUser() user: RequestUser): UserDto {
    return { id: user.id, username: user.username, role: user.role };
  }
}
