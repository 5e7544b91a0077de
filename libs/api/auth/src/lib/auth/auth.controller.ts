import { BadRequestException, Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ALL_ROLES, CurrentUser, Public, Roles, type RequestUser, DistrictScope } from '@bs/api-core';
import type { LoginResponse, UserDto } from '@bs/shared-model';
import { ErrorResponseDto, RetryLaterResponseDto } from '../http/error-response.dto';
import { clientIp, type ContextRequest } from '../http/request-context';
import { AUTH_OPTIONS, AuthOptions } from './auth-options';
import { AuthService } from './auth.service';
import { TokenService } from './token.service';
import { LoginRequestDto, RefreshRequestDto } from './dto/login.dto';
import { LoginResponseDto, UserResponseDto } from './dto/login-response.dto';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

type SessionRequest = ContextRequest & Request;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(AUTH_OPTIONS) private readonly opts: AuthOptions,
    @Inject(TokenService) private readonly tokens: TokenService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Log in: {accessToken, user}; the refresh token also comes as an httpOnly cookie. ' +
      'Repeated failures per account and address get growing delays (429 with Retry-After)',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'wrong username or password' })
  @ApiTooManyRequestsResponse({ type: RetryLaterResponseDto, description: 'wait before the next attempt' })
  async login(
    @Body() body: LoginRequestDto,
    @Req() req: SessionRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    const r = await this.auth.login(body.username, body.password, {
      ip: clientIp(req),
      requestId: req.requestId ?? null,
    });
    setRefreshCookie(req, res, r.refreshToken, this.opts.refreshTtlSeconds);
    return r;
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange a refresh token (body, or the cookie) for new tokens; each refresh token works once',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  async refresh(
    @Body() body: RefreshRequestDto,
    @Req() req: SessionRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    const token = body.refreshToken ?? readRefreshCookie(req);
    if (!token)
      throw new BadRequestException({
        code: 'NO_REFRESH_TOKEN',
        message: '缺少刷新令牌（请求体 refreshToken 或 Cookie）',
        messageEn: 'no refresh token (body refreshToken or the cookie)',
      });
    try {
      const r = await this.auth.refresh(token);
      setRefreshCookie(req, res, r.refreshToken, this.opts.refreshTtlSeconds);
      return r;
    } catch (e) {
      clearRefreshCookie(req, res);
      throw e;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'End the session of the refresh token (body or cookie): it and every access token of the session stop working',
  })
  @ApiNoContentResponse({ description: 'logged out (also when there was nothing to end)' })
  async logout(
    @Body() body: RefreshRequestDto,
    @Req() req: SessionRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    // The session is the refresh token's family (its access tokens die with it: they carry its id).
    const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const claims = m ? this.tokens.verifyAccess(m[1]) : null;
    await this.auth.logout(
      body.refreshToken ?? readRefreshCookie(req),
      { ip: clientIp(req), requestId: req.requestId ?? null },
      claims?.username ?? null,
    );
    clearRefreshCookie(req, res);
  }

  @Roles(...ALL_ROLES)
  @DistrictScope('none')
  @Get('me')
  @ApiOperation({ summary: 'The logged-in user' })
  @ApiOkResponse({ type: UserResponseDto })
  me(@CurrentUser() user: RequestUser): UserDto {
    return {
      id: user.id,
      username: user.username,
      role: user.role,
      agencyCode: user.agencyCode ?? null,
      districtCode: user.districtCode ?? null,
    };
  }
}
