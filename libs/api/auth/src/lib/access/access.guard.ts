import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { notAuthenticated } from '../auth/auth-errors';
import { SessionService } from '../auth/session.service';
import { TokenService } from '../auth/token.service';
import type { ContextRequest } from '../http/request-context';
import { UsersService } from '../users/users.service';
import { districtScopeOf, roleAllowed, routeAccess } from './route-access';

function bearer(req: ContextRequest): string | null {
  const h = req.headers.authorization;
  const m = typeof h === 'string' ? /^Bearer\s+(\S+)$/i.exec(h) : null;
  return m ? m[1] : null;
}

/**
 * Deny by default: @Public() routes are open, @Roles(...) routes need a valid access token of an
 * enabled user with one of the roles (or admin), anything else is 403 for everyone.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(TokenService) private readonly tokens: TokenService,
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(SessionService) private readonly sessions: SessionService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return false;
    const access = routeAccess(ctx.getHandler(), ctx.getClass());
    if (access.kind === 'public') return true;
    if (access.kind === 'undeclared') {
      throw new ForbiddenException({
        statusCode: 403,
        message: '该接口未声明访问权限，已拒绝',
        messageEn: 'route declares no access rule: denied',
      });
    }
    const req = ctx.switchToHttp().getRequest<ContextRequest>();
    const token = bearer(req);
    const claimed = token ? this.tokens.verifyAccess(token) : null;
    // The database, not the token, has the last word: disabled users and role changes apply at once.
    // …and a session that was logged out or revoked (password reset, role change) ends its tokens.
    const user =
      claimed && (await this.sessions.active(claimed.sid)) ? await this.users.activeUser(claimed.id) : null;
    if (!user || !claimed) throw notAuthenticated();
    req.user = user;
    if (!roleAllowed(access, user.role)) {
      throw new ForbiddenException({
        statusCode: 403,
        message: '当前角色无权执行此操作',
        messageEn: 'your role may not do this',
      });
    }
    if (user.districtCode) this.scopeToDistrict(ctx, req, user.districtCode);
    return true;
  }

  /**
   * A district account reads its district only: routes that filter by district get the account's
   * code (set on the URL, which Express 5 parses `req.query` from), another code is refused, and
   * routes that cannot be narrowed to a district are refused rather than showing the whole city.
   */
  private scopeToDistrict(ctx: ExecutionContext, req: ContextRequest, districtCode: string): void {
    const mode = districtScopeOf(ctx.getHandler(), ctx.getClass());
    if (mode === 'route' || mode === 'none') return;
    if (mode === null) {
      throw new ForbiddenException({
        statusCode: 403,
        code: 'DISTRICT_SCOPE_UNSUPPORTED',
        message: '区县账号只能查看本区县的数据，此功能仅对全市账号开放',
        messageEn: 'a district account sees its district only; this function is for city-wide accounts',
      });
    }
    const url = new URL(req.url ?? '/', 'http://local');
    const asked = url.searchParams.getAll('districtCode');
    if (asked.some((c) => c !== districtCode)) {
      throw new ForbiddenException({
        statusCode: 403,
        code: 'OUT_OF_DISTRICT',
        message: `区县账号只能查看本区县（${districtCode}）的数据`,
        messageEn: `a district account sees its own district (${districtCode}) only`,
        field: 'districtCode',
      });
    }
    url.searchParams.set('districtCode', districtCode);
    req.url = `${url.pathname}${url.search}`;
  }
}
