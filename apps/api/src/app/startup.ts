import { Logger } from '@nestjs/common';
import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@bs/api-core';
import { OpenDatabase } from '@bs/api-db';
import { ensureDemoAccounts } from '@bs/api-auth';
import { ImportsService } from '@bs/api-imports';
import { loadDemo } from './demo/demo-loader';
import { RuleRunService } from '@bs/api-rules';

/** True when nothing was ever imported (a fresh database). */
export async function isEmptyDatabase(db: OpenDatabase): Promise<boolean> {
  const [r]: { n: string }[] = await db.dataSource.query(
    `SELECT (SELECT count(*) FROM import_batch) + (SELECT count(*) FROM district) AS n`,
  );
  return Number(r?.n ?? 0) === 0;
}

/** Loads the demo city through the import pipeline, then runs the rules for its years. */
export async function loadDemoCity(
  app: INestApplicationContext,
  db: OpenDatabase,
  scale: number,
  log: (m: string) => void,
): Promise<void> {
  const started = Date.now();
  const reports = await loadDemo(app.get(ImportsService), scale, log);
  const rows = reports.reduce((n, r) => n + r.rowsRead, 0);
  log(
    `demo city imported: ${reports.length} files, ${rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const year of [2024, 2025]) {
    try {
      const run = await app.get(RuleRunService).run({ fiscalYear: year, actor: 'demo' });
      log(
        `rules run for ${year} as of ${run.asOf}: ${run.total} alerts ${JSON.stringify(run.bySeverity)} in ${run.durationMs} ms`,
      );
    } catch (e) {
      // The data is in; a failing rule run must not keep the system from starting.
      log(`rules run for ${year} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
}

/**
 * First start on an empty embedded database: demo city and one demo account per role, whose
 * passwords are printed once. With DATABASE_URL nothing is created (users add is the way in).
 */
export async function runStartupTasks(
  app: INestApplicationContext,
  config: AppConfig,
  db: OpenDatabase,
): Promise<void> {
  const logger = new Logger('startup');
  if (!db.embedded) return;
  if (await isEmptyDatabase(db)) {
    logger.log(
      `empty embedded database: loading the demo city (DEMO_SCALE=${config.demoScale} vouchers a year)`,
    );
    await loadDemoCity(app, db, config.demoScale, (m) => logger.log(m));
  }
  const creds = await ensureDemoAccounts(db.dataSource);
  if (creds.length) {
    logger.log('demo accounts (shown once; change them with the CLI):');
    for (const c of creds) {
      const scope = c.agencyCode
        ? `, agency ${c.agencyCode}`
        : c.districtCode
          ? `, district ${c.districtCode}`
          : '';
      logger.log(`demo account: ${c.username} / ${c.password} (${c.role}${scope})`);
    }
  }
}
