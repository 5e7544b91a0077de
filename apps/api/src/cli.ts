import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { destination } from 'pino';
import { loadConfig } from '@bs/api-core';
import { openDatabase, OpenDatabase } from '@bs/api-db';
import { addUserCommand } from '@bs/api-auth';
import { ImportsService, processInbox } from '@bs/api-imports';
import { isDatasetKey, DATASET_KEYS, ImportReport } from '@bs/shared-model';
import { runRules } from '@bs/api-rules';
import { AppModule } from './app/app.module';
import { loadDemoCity } from './app/startup';
import { progressPrinter } from './cli/progress';
import { resetData } from './cli/reset';
import { alertsCommand } from './cli/alerts-command';

const USAGE = `usage: npm run cli -- <command>
  import <dataset> <file> [--json]      import one file (${DATASET_KEYS.join(', ')})
  inbox [--dir D] [--json]               import every file of the inbox folder in dependency order
  rules run --year Y [--as-of D] [--json]
  alerts --year Y [--rule R] [--status S] [--format json|csv|xlsx] [--out F]
  demo [--reset]                         (re)load the demo city
  users add <name> --role viewer|auditor|importer|admin|respondent [--agency CODE] [--district CODE] [--password-stdin]`;

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
  const config = loadConfig();
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
        const report = await withApp(db, (app) =>
          app.get(ImportsService).run({
            dataset,
            filePath: file,
            fileName: file.split('/').pop() ?? file,
            source: 'cli',
            user: process.env['USER'] ?? 'cli',
            onProgress: json ? undefined : progressPrinter(),
          }),
        );
        printReport(report, json);
        return report.status === 'accepted' ? 0 : 1;
      }
      case 'inbox': {
        const dir = flag(args, '--dir') ?? config.importInbox;
        const results = await withApp(db, (app) =>
          processInbox(dir, (dataset, path, name) =>
            app
              .get(ImportsService)
              .run({ dataset, filePath: path, fileName: name, source: 'inbox', user: 'cli' }),
          ),
        );
        if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
        else
          for (const r of results)
            process.stdout.write(
              `${r.status.padEnd(9)} ${r.file}${r.reportId ? ` (batch ${r.reportId})` : ''}\n`,
            );
        return results.every((r) => r.status === 'accepted') ? 0 : 1;
      }
      case 'rules': {
        if (args[0] !== 'run') throw new UsageError('rules run --year Y [--as-of D]');
        const year = parseInt(flag(args, '--year') ?? '', 10);
        if (!year) throw new UsageError('rules run needs --year Y');
        const result = await runRules(db.dataSource, {
          fiscalYear: year,
          asOf: flag(args, '--as-of'),
          startedBy: 'cli',
        });
        if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else {
          process.stdout.write(
            `rules run ${result.runId}: year ${result.fiscalYear} as of ${result.asOf}, ${result.total} alerts ${JSON.stringify(result.bySeverity)} in ${result.durationMs} ms\n`,
          );
          for (const r of result.rules) process.stdout.write(`  ${JSON.stringify(r)}\n`);
        }
        return result.failed.length ? 1 : 0;
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
      case 'users':
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
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (err instanceof UsageError) process.stderr.write(`${USAGE}\n`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
