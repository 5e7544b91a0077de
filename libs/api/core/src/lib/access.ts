import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@bs/shared-model';

/**
 * Access is denied by default: the global guard lets a route through only when it is marked
 * @Public() (login, health) or @Roles(...) lists the caller's role. `admin` passes every @Roles.
 */
export const ROLES_KEY = 'bs:roles';
export const PUBLIC_KEY = 'bs:public';
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/**
 * How a route serves a district account (a county-level congress, `users add --district`): the
 * access guard decides it in one place, and a route that says nothing is refused to them.
 * - `filter`: the route takes `?districtCode=` and then answers only that district; the guard sets
 *   it to the account's district (another district's code is refused).
 * - `route`: the route applies the account's scope itself (alerts: AlertScope in every query).
 * - `none`: the route carries no figures of any district (names, data dates, the session).
 */
export type DistrictScopeMode = 'filter' | 'route' | 'none';
export const DISTRICT_SCOPE_KEY = 'bs:districtScope';
export const DistrictScope = (mode: DistrictScopeMode) => SetMetadata(DISTRICT_SCOPE_KEY, mode);

/** Every role may read. */
export const ALL_ROLES: Role[] = ['viewer', 'auditor', 'importer', 'admin', 'respondent'];
/** Readers of the supervision data (the importer only sees imports). */
export const READERS: Role[] = ['viewer', 'auditor', 'admin'];
/** Alert readers: the readers plus respondents (their own agency's 督办 items only). */
export const ALERT_READERS: Role[] = [...READERS, 'respondent'];

export interface RequestUser {
  id: number;
  username: string;
  role: Role;
  /** Scope of a respondent (one agency). */
  agencyCode?: string | null;
  /** Scope of a district account. */
  districtCode?: string | null;
}

/** The authenticated user of the request (set by the auth guard). */
export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): RequestUser | undefined => {
    const req = ctx.switchToHttp().getRequest<{ user?: RequestUser }>();
    return req.user;
  },
);
