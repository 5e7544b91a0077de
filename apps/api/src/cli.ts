import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { destination } from 'pino';
import { loadConfig } from '@bs/api-core';
import { openDatabase, OpenDatabase } from '@bs/api-db';
import { addUserCommand, unlockUserCommand } from '@bs/api-auth';
import { ImportsService, processInbox } from '@bs/api-imports';
import { isDatasetKey, DATASET_KEYS, ImportReport } from '@bs/shared-model';
import { RuleRunService } from '@bs/api-rules';
import { AfterImportRules, runRulesCommand } from '@bs/api-alerts';
import { AppModule } from './app/app.module';
import { loadDemoCity } from './app/startup';
import { progressPrinter } from './cli/progress';
import { resetData } from './cli/reset';
import { alertsCommand } from './cli/alerts-command';
import { parseScope, ReportService } from './app/report/report.service';
import { writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';

const USAGE = `usage: npm run cli -- <command>
  import <dataset> <file> [--json] [--wait-rules]
                                         import one file (${DATASET_KEYS.join(', ')}); the rules it
                                         starts follow in the background unless --wait-rules
  inbox [--dir D] [--json]               import every file of the inbox folder in dependency order
  rules run --year Y [--as-of D] [--json]
  rules resume <run id>...               run rule runs queued by an import (what the background does)
  alerts --year Y [--rule R] [--status S] [--format json|csv|xlsx] [--out F]
  demo [--reset]                         (re)load the demo city
  users add <name> --role viewer|auditor|importer|admin|respondent [--agency CODE] [--district CODE] [--password-stdin]
  users unlock <name>                    clear the login delays of an account (every address)
  report --year Y [--as-of D] [--scope city|district:CODE|agency:CODE] [--lang zh|en] --format docx|pdf|html --out FILE`;

class UsageError extends Error {}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return v;
}

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
  const [cmd, ...args] = argv;
  if (!cmd || cmd === '--help' || cmd === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return cmd ? 0 : 2;
  }
  const config = loadConfig();
  const quiet = (m: string) => (process.stderr.isTTY ? process.stderr.write(`${m}\n`) : undefined);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: quiet });
  try {
    const json = args.includes('--json');
    switch (cmd) {
      case 'import': {
        const [dataset, file] = args.filter((a) => !a.startsWith('--'));
        if (!dataset || !file) throw new UsageError('import needs <dataset> <file>');
        if (!isDatasetKey(dataset))
          throw new UsageError(`unknown dataset "${dataset}"; one of ${DATASET_KEYS.join(', ')}`);
        // On a server the rules go to a detached child process, so this command ends when the data
        // is committed; the embedded database admits one process, so there they run here.
        const wait = args.includes('--wait-rules') || db.embedded;
        const report = await withApp(db, async (app) => {
          const out = await app.get(ImportsService).runWithRules({
            dataset,
            filePath: file,
            fileName: file.split('/').pop() ?? file,
            source: 'cli',
            user: process.env['USER'] ?? 'cli',
            onProgress: json ? undefined : progressPrinter(),
            rules: wait ? 'background' : 'reserve',
          });
          const runs = out.report.ruleRunIds ?? [];
          if (!wait && runs.length) resumeDetached(runs);
          if (wait && runs.length) {
            if (!args.includes('--wait-rules')) printReport(out.report, json);
            await out.rulesDone;
            if (args.includes('--wait-rules')) printReport(out.report, json);
            await printRunStatus(db, runs, json);
            return out.report;
          }
          printReport(out.report, json);
          return out.report;
        });
        return report.status === 'accepted' ? 0 : 1;
      }
      case 'inbox': {
        const dir = flag(args, '--dir') ?? config.importInbox;
        // The rules of each file follow in the background (one run at a time); the command ends
        // when the last of them has.
        const results = await withApp(db, async (app) => {
          const done: Promise<void>[] = [];
          const res = await processInbox(dir, async (dataset, path, name) => {
            const out = await app
              .get(ImportsService)
              .runWithRules({ dataset, filePath: path, fileName: name, source: 'inbox', user: 'cli' });
            done.push(out.rulesDone);
            return out.report;
          });
          await Promise.all(done);
          return res;
        });
        if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
        else
          for (const r of results)
            process.stdout.write(
              `${r.status.padEnd(9)} ${r.file}${r.reportId ? ` (batch ${r.reportId})` : ''}\n`,
            );
        return results.every((r) => r.status === 'accepted') ? 0 : 1;
      }
      case 'rules': {
        if (args[0] === 'resume') {
          const ids = args.slice(1).map((a) => parseInt(a, 10));
          if (!ids.length || ids.some((n) => !Number.isInteger(n) || n <= 0))
            throw new UsageError('rules resume <run id>...');
          await withApp(db, (app) => app.get(AfterImportRules).runReserved(ids));
          await printRunStatus(db, ids, json);
          return 0;
        }
        if (args[0] !== 'run') throw new UsageError('rules run --year Y [--as-of D]');
        const year = parseInt(flag(args, '--year') ?? '', 10);
        if (!year) throw new UsageError('rules run needs --year Y');
        const asOf = flag(args, '--as-of');
        await withApp(db, (app) =>
          runRulesCommand(app.get(RuleRunService), { year, asOf, json, actor: 'cli' }, process.stdout),
        );
        return 0;
      }
      case 'alerts':
        return await alertsCommand(db.dataSource, args);
      case 'demo': {
        if (args.includes('--reset')) await resetData(db.dataSource);
        await withApp(db, (app) =>
          loadDemoCity(app, db, config.demoScale, (m) => process.stderr.write(`${m}\n`)),
        );
        return 0;
      }
      case 'report': {
        const year = flag(args, '--year');
        const scope = parseScope(flag(args, '--scope'));
        const lang = flag(args, '--lang') ?? 'zh';
        const format = flag(args, '--format') ?? 'docx';
        const out = flag(args, '--out');
        if (!scope) throw new UsageError('--scope must be city, district:CODE or agency:CODE');
        if (lang !== 'zh' && lang !== 'en') throw new UsageError('--lang must be zh or en');
        if (format !== 'docx' && format !== 'pdf' && format !== 'html')
          throw new UsageError('--format must be docx, pdf or html');
        if (!out) throw new UsageError('report needs --out FILE');
        const r = await withApp(db, (app) =>
          app.get(ReportService).render({
            fiscalYear: year === undefined ? undefined : parseInt(year, 10),
            asOf: flag(args, '--as-of'),
            scope,
            lang,
            format,
          }),
        );
        await writeFile(out, r.body);
        process.stderr.write(`report written: ${out} (${r.body.length} bytes)\n`);
        return 0;
      }
      case 'users':
        if (args[0] === 'unlock') {
          await unlockUserCommand(db.dataSource, args, process.stdout);
          return 0;
        }
        await addUserCommand(db.dataSource, args, process.stdin, process.stdout);
        return 0;
      default:
        throw new UsageError(`unknown command "${cmd}"`);
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
    if (err instanceof UsageError) process.stderr.write(`${USAGE}\n`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
