import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { destination } from 'pino';
import { loadConfig } from '@bs/api-core';
import { openDatabase, OpenDatabase } from '@bs/api-db';
import { addUserCommand, unlockUserCommand } from '@bs/api-auth';
import { ImportsService, processInbox } from '@bs/api-imports';
import type { ImportReport } from '@bs/shared-model';
import { RuleRunService } from '@bs/api-rules';
import { AfterImportRules, exportAlertsCommand, runRulesCommand } from '@bs/api-alerts';
import { AppModule } from './app/app.module';
import { loadDemoCity } from './app/startup';
import { progressPrinter } from './cli/progress';
import { resetData } from './cli/reset';
import { yearsCommand } from './cli/years-command';
import { parseCli, UsageError } from './cli/program';
import { parseScope, ReportService } from './app/report/report.service';
import { writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';

async function withApp<T>(
  db: OpenDatabase,
  fn: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<T>,
): Promise<T> {
  const loaded = loadConfig();
  // The CLI signs no tokens: without JWT_SECRET a throwaway key satisfies the auth module.
  const config = { ...loaded, jwtSecret: loaded.jwtSecret ?? randomBytes(32).toString('hex') };
  // stdout is the command's output (--json): logs go to stderr, warnings and errors unless LOG_LEVEL says otherwise.
  const log = {
    level: process.env['LOG_LEVEL'] ? config.logLevel : 'warn',
    destination: destination({ dest: 2, sync: true }),
  };
  const app = await NestFactory.createApplicationContext(
    AppModule.register(config, db, { schedule: false, log }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

function printReport(r: ImportReport, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  const head = r.status === 'accepted' ? '导入成功 accepted' : '导入被拒绝 rejected';
  process.stdout.write(
    `${head}: ${r.dataset} ${r.fileName} (batch ${r.id})\n  rows ${r.rowsRead}, inserted ${r.inserted}, updated ${r.updated}, unchanged ${r.unchanged}, rejected ${r.rejected}, errors ${r.errorCount}\n`,
  );
  for (const e of r.errors.slice(0, 50))
    process.stdout.write(
      `  line ${e.line}${e.column ? ` [${e.column}]` : ''}${e.value !== null ? ` "${e.value}"` : ''}: ${e.reason} / ${e.reasonEn}\n`,
    );
  if (r.errors.length > 50)
    process.stdout.write(`  … ${r.errorCount - 50} more errors (use --json for the full list)\n`);
  for (const w of r.warnings.slice(0, 20))
    process.stdout.write(`  warning line ${w.line}${w.column ? ` [${w.column}]` : ''}: ${w.reason}\n`);
}

/** Runs queued rule runs in a detached child (`rules resume`), which outlives this command. */
function resumeDetached(runIds: number[]): void {
  const child = spawn(
    process.execPath,
    [...process.execArgv, process.argv[1], 'rules', 'resume', ...runIds.map(String)],
    {
      detached: true,
      stdio: 'ignore',
      env: process.env,
    },
  );
  child.unref();
  process.stderr.write(
    `rule runs ${runIds.join(', ')} continue in the background (npm run cli -- rules resume to run them by hand)\n`,
  );
}

/** Status of rule runs (as GET /api/rules/runs shows it). */
async function printRunStatus(db: OpenDatabase, runIds: number[], json: boolean): Promise<void> {
  const rows: { id: number; status: string; total: number | null; error: string | null }[] =
    await db.dataSource.query(
      `SELECT id, coalesce(results ->> 'status', CASE WHEN finished_at IS NULL THEN 'running' ELSE 'finished' END) AS status,
            (results ->> 'total')::int AS total, results ->> 'error' AS error
       FROM rule_run WHERE id = ANY($1::int[]) ORDER BY id`,
      [runIds],
    );
  for (const r of rows)
    (json ? process.stderr : process.stdout).write(
      `rule run ${r.id}: ${r.status}${r.total !== null ? `, ${r.total} alerts` : ''}${r.error ? ` (${r.error})` : ''}\n`,
    );
}

async function main(argv: string[]): Promise<number> {
  // Parsed and checked before anything is opened: `--help` and bad usage never touch the database.
  const c = parseCli(argv);
  if (c.cmd === 'help') {
    process.stdout.write(c.text);
    return 0;
  }
  const config = loadConfig();
  const quiet = (m: string) => (process.stderr.isTTY ? process.stderr.write(`${m}\n`) : undefined);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: quiet });
  const actor = process.env['USER'] ?? 'cli';
  try {
    switch (c.cmd) {
      case 'import': {
        // On a server the rules go to a detached child process, so this command ends when the data
        // is committed; the embedded database admits one process, so there they run here.
        const wait = c.waitRules || db.embedded;
        const report = await withApp(db, async (app) => {
          const out = await app.get(ImportsService).runWithRules({
            dataset: c.dataset,
            filePath: c.file,
            fileName: c.file.split('/').pop() ?? c.file,
            source: 'cli',
            user: actor,
            onProgress: c.json ? undefined : progressPrinter(),
            rules: wait ? 'background' : 'reserve',
          });
          const runs = out.report.ruleRunIds ?? [];
          if (!wait && runs.length) {
            resumeDetached(runs);
            // This process owns the runs until the child queues for them, then they pass to it as
            // this one ends; a child that never comes leaves them to be failed as abandoned.
            if (!(await app.get(RuleRunService).handOver(runs, 30_000)))
              process.stderr.write(
                `rule runs ${runs.join(', ')}: the background process did not start; they will show as failed\n`,
              );
          }
          if (wait && runs.length) {
            if (!c.waitRules) printReport(out.report, c.json);
            await out.rulesDone;
            if (c.waitRules) printReport(out.report, c.json);
            await printRunStatus(db, runs, c.json);
            return out.report;
          }
          printReport(out.report, c.json);
          return out.report;
        });
        return report.status === 'accepted' ? 0 : 1;
      }
      case 'inbox': {
        // The rules of each file follow in the background (one run at a time); the command ends
        // when the last of them has.
        const results = await withApp(db, async (app) => {
          const done: Promise<void>[] = [];
          const res = await processInbox(c.dir ?? config.importInbox, async (dataset, path, name) => {
            const out = await app
              .get(ImportsService)
              .runWithRules({ dataset, filePath: path, fileName: name, source: 'inbox', user: 'cli' });
            done.push(out.rulesDone);
            return out.report;
          });
          await Promise.all(done);
          return res;
        });
        if (c.json) process.stdout.write(`${JSON.stringify(results)}\n`);
        else
          for (const r of results)
            process.stdout.write(
              `${r.status.padEnd(9)} ${r.file}${r.reportId ? ` (batch ${r.reportId})` : ''}\n`,
            );
        return results.every((r) => r.status === 'accepted') ? 0 : 1;
      }
      case 'rules-resume':
        // Inside the app: closing it closes the data source too.
        await withApp(db, async (app) => {
          await app.get(AfterImportRules).runReserved(c.runIds);
          await printRunStatus(db, c.runIds, c.json);
        });
        return 0;
      case 'rules-run':
        await withApp(db, (app) =>
          runRulesCommand(
            app.get(RuleRunService),
            { year: c.year, asOf: c.asOf, json: c.json, actor: 'cli' },
            process.stdout,
          ),
        );
        return 0;
      case 'alerts':
        await exportAlertsCommand(db.dataSource, c, process.stdout);
        return 0;
      case 'demo':
        if (c.reset) await resetData(db.dataSource);
        await withApp(db, (app) =>
          loadDemoCity(app, db, config.demoScale, (m) => process.stderr.write(`${m}\n`)),
        );
        return 0;
      case 'report': {
        const scope = parseScope(c.scope);
        if (!scope) throw new Error('--scope must be city, district:CODE or agency:CODE');
        const r = await withApp(db, (app) =>
          app
            .get(ReportService)
            .render({ fiscalYear: c.year, asOf: c.asOf, scope, lang: c.lang, format: c.format }),
        );
        await writeFile(c.out, r.body);
        process.stderr.write(`report written: ${c.out} (${r.body.length} bytes)\n`);
        return 0;
      }
      case 'users-add':
        await addUserCommand(db.dataSource, c, process.stdin, process.stdout);
        return 0;
      case 'users-unlock':
        await unlockUserCommand(db.dataSource, c.username, process.stdout);
        return 0;
      case 'years-detach':
        return await yearsCommand(db, { action: 'detach', ...c }, process.stdout, actor);
      case 'years-attach':
        return await yearsCommand(db, { action: 'attach', ...c }, process.stdout, actor);
    }
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    // HTTP exceptions thrown by the services carry the bilingual error body: print its sentences.
    const body = (err as { getResponse?: () => unknown }).getResponse?.() as
      { message?: unknown; messageEn?: unknown } | undefined;
    const text =
      body && typeof body.message === 'string'
        ? `${body.message} / ${String(body.messageEn ?? '')}`
        : err instanceof Error
          ? err.message
          : String(err);
    process.stderr.write(`error: ${text}\n`);
    if (err instanceof UsageError) process.stderr.write(`\n${err.help}`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
