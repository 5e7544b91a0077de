import { Global, INestApplication, Module, ValidationPipe } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { AuditLogService } from '@bs/api-db';
import type { Role } from '@bs/shared-model';
import { DataSource } from 'typeorm';
import { AlertsModule } from '../alerts.module';

/** AlertsModule over a test database (no auth guard: access is tested where the guard lives). */
export async function alertsTestModule(ds: DataSource, rulesAfterImport = true): Promise<TestingModule> {
  @Global()
  @Module({
    providers: [{ provide: DataSource, useValue: ds }, AuditLogService],
    exports: [DataSource, AuditLogService],
  })
  class TestDbModule {}
  return Test.createTestingModule({
    imports: [TestDbModule, AlertsModule.register({ rulesAfterImport })],
  }).compile();
}

export interface TestUser {
  id: number;
  username: string;
  role: Role;
  agencyCode?: string | null;
  districtCode?: string | null;
}

/**
 * The module as an HTTP app with the production pipe and prefix; every request is `user`, or,
 * given a map, the user named by the request's `x-test-user` header (the first one without it).
 */
export async function alertsTestApp(
  ds: DataSource,
  user: TestUser | Record<string, TestUser> = { id: 1, username: 'auditor1', role: 'auditor' as Role },
): Promise<{ app: INestApplication; base: string }> {
  const ref = await alertsTestModule(ds);
  const app = ref.createNestApplication({ logger: false, forceCloseConnections: true });
  const users: Record<string, TestUser> = 'role' in user ? { default: user as TestUser } : user;
  const first = Object.values(users)[0];
  app.use((req: { user?: unknown; headers: Record<string, unknown> }, _res: unknown, next: () => void) => {
    const name = req.headers['x-test-user'];
    req.user = (typeof name === 'string' && users[name]) || first;
    next();
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  await app.listen(0, '127.0.0.1');
  return { app, base: `${await app.getUrl()}/api` };
}
