import { DISTRICT_SCOPE_KEY, PUBLIC_KEY, ROLES_KEY, type DistrictScopeMode } from '@bs/api-core';
import type { Role } from '@bs/shared-model';

export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'roles'; roles: Role[] }
  /** Neither @Public nor @Roles: denied to everyone (403). */
  | { kind: 'undeclared' };

type Target = object;

function read(target: Target): RouteAccess | null {
  if (Reflect.getMetadata(PUBLIC_KEY, target) === true) return { kind: 'public' };
  const roles: unknown = Reflect.getMetadata(ROLES_KEY, target);
  return Array.isArray(roles) ? { kind: 'roles', roles: roles as Role[] } : null;
}

/** The access a handler declares; the method's own decorator wins over its controller's. */
export function routeAccess(handler: Target, controller: Target): RouteAccess {
  return read(handler) ?? read(controller) ?? { kind: 'undeclared' };
}

/** How the route serves a district account (the method's decorator wins); null = refused to them. */
export function districtScopeOf(handler: Target, controller: Target): DistrictScopeMode | null {
  const mode: unknown =
    Reflect.getMetadata(DISTRICT_SCOPE_KEY, handler) ?? Reflect.getMetadata(DISTRICT_SCOPE_KEY, controller);
  return mode === 'filter' || mode === 'route' || mode === 'none' ? mode : null;
}

/** `admin` passes every @Roles; an empty @Roles() therefore means admin only. */
export function roleAllowed(access: RouteAccess, role: Role): boolean {
  if (access.kind === 'public') return true;
  if (access.kind === 'undeclared') return false;
  return role === 'admin' || access.roles.includes(role);
}
