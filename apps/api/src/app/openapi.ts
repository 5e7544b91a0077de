import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { RouteInfo, RouteInventory } from '@bs/api-auth';
import { ROLES } from '@bs/shared-model';

/** Where the docs are served. Mounted straight on Express, so outside the access guard: public by design. */
export const OPENAPI_UI_PATH = 'api/docs';
export const OPENAPI_JSON_PATH = 'api/docs-json';
export const BEARER_SCHEME = 'bearer';

type Operation = {
  security?: Array<Record<string, string[]>>;
  description?: string;
  responses?: Record<string, unknown>;
} & Record<string, unknown>;

/** Roles that pass a route (admin passes every @Roles); [] for undeclared routes. */
function allowedRoles(route: RouteInfo): string[] {
  const a = route.access;
  if (a.kind === 'public') return [...ROLES];
  if (a.kind === 'undeclared') return [];
  return ROLES.filter((r) => r === 'admin' || a.roles.includes(r));
}

/**
 * Writes the access rule of every operation into the document from the route metadata the guard
 * enforces (no per-controller @ApiBearerAuth to forget): public routes need no token, others list
 * their roles in `x-roles` and the description, and document 401/403.
 */
export function applyAccessToDocument(doc: OpenAPIObject, routes: RouteInfo[]): void {
  for (const route of routes) {
    const op = (doc.paths[route.path] as Record<string, Operation> | undefined)?.[route.method];
    if (!op) continue;
    const roles = allowedRoles(route);
    op['x-access'] = route.access.kind;
    op['x-roles'] = roles;
    op.responses ??= {};
    if (route.access.kind === 'public') {
      op.security = [];
      continue;
    }
    op.security = [{ [BEARER_SCHEME]: [] }];
    const who = roles.length
      ? `角色 Roles: ${roles.join(', ')}`
      : '未声明访问权限，所有人 403 (no access declared: denied to everyone)';
    op.description = op.description ? `${op.description}\n\n${who}` : who;
    op.responses['401'] ??= { description: '未登录或令牌无效 (missing or invalid bearer token)' };
    op.responses['403'] ??= { description: '角色无权访问 (role not allowed)' };
  }
}

/** The OpenAPI document of every route Nest registered (call after setGlobalPrefix). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('预算和国有资产联网监督系统 API')
    .setDescription(
      'Budget and state-asset online supervision. Log in at POST /api/auth/login and send the accessToken ' +
        'as `Authorization: Bearer …`. Money is a decimal string of yuan; errors are `{message, messageEn, requestId}`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .build();
  const doc = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  applyAccessToDocument(doc, app.get(RouteInventory).list());
  return doc;
}

/** Serves the Swagger UI at /api/docs and the JSON at /api/docs-json. */
export function setupOpenApi(app: INestApplication): OpenAPIObject {
  const doc = buildOpenApiDocument(app);
  SwaggerModule.setup(OPENAPI_UI_PATH, app, doc, {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    yamlDocumentUrl: `${OPENAPI_UI_PATH}-yaml`,
    customSiteTitle: '预算联网监督 API',
    swaggerOptions: { persistAuthorization: true },
  });
  return doc;
}
