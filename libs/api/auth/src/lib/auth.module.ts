import {
  DynamicModule,
  Inject,
  Logger,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnApplicationBootstrap,
  RequestMethod,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import type { AppConfig } from '@bs/api-core';
import { AccessGuard } from './access/access.guard';
import { RouteInventory } from './access/route-inventory';
import { AuditLogController } from './audit-log/audit-log.controller';
import { AuditLogRepository } from './audit-log/audit-log.repository';
import { AUTH_OPTIONS, AuthOverrides, authOptions } from './auth/auth-options';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { SessionService } from './auth/session.service';
import { TokenService } from './auth/token.service';
import { AllExceptionsFilter } from './http/all-exceptions.filter';
import { RequestIdMiddleware } from './http/request-id.middleware';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

/**
 * Login, tokens, users, the audit-log reader, and the app-wide pieces: the deny-by-default guard,
 * the request-id middleware and the exception filter. Needs DataSource and AuditLogService from a
 * global module (AppModule).
 */
@Module({})
export class AuthModule implements NestModule, OnApplicationBootstrap {
  private readonly logger = new Logger('access');

  constructor(@Inject(RouteInventory) private readonly routes: RouteInventory) {}

  static register(
    config: Pick<AppConfig, 'jwtSecret' | 'jwtTtlSeconds' | 'refreshTtlSeconds'>,
    overrides: AuthOverrides = {},
  ): DynamicModule {
    return {
      module: AuthModule,
      imports: [DiscoveryModule],
      controllers: [AuthController, UsersController, AuditLogController],
      providers: [
        { provide: AUTH_OPTIONS, useValue: authOptions(config, overrides) },
        UsersService,
        SessionService,
        TokenService,
        AuthService,
        AuditLogRepository,
        RouteInventory,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
      exports: [UsersService, TokenService, SessionService, AuthService, RouteInventory],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestIdMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }

  /** Startup check: a route without @Public or @Roles is denied to everyone — say so loudly. */
  onApplicationBootstrap(): void {
    const bad = this.routes.undeclared();
    if (bad.length) {
      this.logger.error(
        `${bad.length} route(s) declare neither @Public() nor @Roles() and answer 403 to everyone: ` +
          bad.map((r) => `${r.method.toUpperCase()} ${r.path} (${r.controller}.${r.handler})`).join(', '),
      );
    }
  }
}
