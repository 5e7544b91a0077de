import { Inject, Injectable } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ApplicationConfig, DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { DistrictScopeMode } from '@bs/api-core';
import { RouteAccess, districtScopeOf, routeAccess } from './route-access';

export interface RouteInfo {
  /** Lower-case HTTP method, as in OpenAPI (`get`, `post`…). */
  method: string;
  /** Full path in OpenAPI form: `/api/users/{id}`. */
  path: string;
  access: RouteAccess;
  /** How it serves a district account; null = refused to them. */
  districtScope: DistrictScopeMode | null;
  controller: string;
  handler: string;
}

function paths(meta: unknown): string[] {
  if (Array.isArray(meta)) return meta.map(String);
  return [typeof meta === 'string' ? meta : '/'];
}

function join(...parts: string[]): string {
  const joined = parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  // Nest/Express `:id` parameters are `{id}` in OpenAPI.
  return `/${joined}`.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** Every HTTP route Nest registered, with the access it declares (for the startup check, docs and tests). */
@Injectable()
export class RouteInventory {
  constructor(
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
    @Inject(MetadataScanner) private readonly scanner: MetadataScanner,
    @Inject(ApplicationConfig) private readonly appConfig: ApplicationConfig,
  ) {}

  list(): RouteInfo[] {
    const prefix = this.appConfig.getGlobalPrefix();
    const out: RouteInfo[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const ctrl = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!ctrl || typeof ctrl !== 'function') continue;
      const proto = ctrl.prototype as Record<string, unknown>;
      for (const name of this.scanner.getAllMethodNames(proto)) {
        const handler = proto[name];
        if (typeof handler !== 'function') continue;
        const routePath: unknown = Reflect.getMetadata(PATH_METADATA, handler);
        if (routePath === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod] ?? 'GET';
        const access = routeAccess(handler, ctrl);
        const districtScope = districtScopeOf(handler, ctrl);
        for (const cp of paths(Reflect.getMetadata(PATH_METADATA, ctrl))) {
          for (const rp of paths(routePath)) {
            out.push({
              method: method.toLowerCase(),
              path: join(prefix, cp, rp),
              access,
              districtScope,
              controller: ctrl.name,
              handler: name,
            });
          }
        }
      }
    }
    return out.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  }

  /** Routes that declare neither @Public nor @Roles (the guard answers 403 to everyone). */
  undeclared(): RouteInfo[] {
    return this.list().filter((r) => r.access.kind === 'undeclared');
  }
}
