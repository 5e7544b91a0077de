import { Global, INestApplication, Module, ValidationPipe } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { fromCents, toCents } from '@bs/shared-model';
import { DataSource } from 'typeorm';
import { ReviewModule } from '../review.module';

/** ReviewModule over a test database (no auth guard: access is tested where the guard lives). */
export async function reviewTestModule(ds: DataSource): Promise<TestingModule> {
  @Global()
  @Module({ providers: [{ provide: DataSource, useValue: ds }], exports: [DataSource] })
  class TestDbModule {}
  return Test.createTestingModule({ imports: [TestDbModule, ReviewModule] }).compile();
}

/** The module as an HTTP app with the production pipe and prefix. */
export async function reviewTestApp(ds: DataSource): Promise<{ app: INestApplication; base: string }> {
  const ref = await reviewTestModule(ds);
  const app = ref.createNestApplication({ logger: false, forceCloseConnections: true });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  await app.listen(0, '127.0.0.1');
  return { app, base: `${await app.getUrl()}/api` };
}

/** Exact sum of decimal strings (test oracle, independent of SQL). */
export function sum(values: string[]): string {
  return fromCents(values.reduce((acc, v) => acc + toCents(v), 0n));
}
