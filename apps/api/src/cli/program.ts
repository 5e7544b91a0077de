import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ALERT_STATUSES, DATASET_KEYS, ROLES, RULE_IDS, type DatasetKey } from '@bs/shared-model';

/** What the command line asked for, parsed and checked (nothing opened yet). */
export type CliCommand =
  | { cmd: 'import'; dataset: DatasetKey; file: string; json: boolean; waitRules: boolean }
  | { cmd: 'rules-resume'; runIds: number[]; json: boolean }
  | { cmd: 'inbox'; dir?: string; json: boolean }
  | { cmd: 'rules-run'; year: number; asOf?: string; json: boolean }
  | {
      cmd: 'alerts';
      year: number;
      rule?: string;
      status?: string;
      format: 'json' | 'csv' | 'xlsx';
      out?: string;
    }
  | { cmd: 'demo'; reset: boolean }
  | {
      cmd: 'users-add';
      username: string;
      role: string;
      agency?: string;
      district?: string;
      passwordStdin: boolean;
    }
  | { cmd: 'users-unlock'; username: string }
  | { cmd: 'years-detach'; year: number; archive?: string; json: boolean }
  | { cmd: 'years-attach'; year: number; file?: string; json: boolean }
  | {
      cmd: 'report';
      year?: number;
      asOf?: string;
      scope: string;
      lang: 'zh' | 'en';
      format: 'docx' | 'pdf' | 'html';
      out: string;
    }
  | { cmd: 'help'; text: string };

/** Bad usage: the message, and the help of the command it concerns (exit status 2). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly help: string,
  ) {
    super(message);
  }
}

function year(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('a four-digit year, e.g. 2025');
  return Number(value);
}

function runId(value: string): number {
  if (!/^[1-9]\d{0,9}$/.test(value)) throw new InvalidArgumentError('a rule run id (a positive integer)');
  return Number(value);
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new InvalidArgumentError('a date YYYY-MM-DD');
  return value;
}

function scope(value: string): string {
  if (!/^(city|district:[0-9]{6}|agency:[0-9A-Za-z]{1,64})$/.test(value))
    throw new InvalidArgumentError('city, district:CODE or agency:CODE');
  return value;
}

/**
 * The operators' command line (commander): every command, its arguments and options with their
 * checks, and the help text, in one place. `parseCli` only parses; cli.ts runs the result.
 */
export function buildProgram(done: (c: CliCommand) => void): Command {
  const program = new Command('cli')
    .description('预算联网监督系统命令行 · budget supervision command line (npm run cli -- …)')
    .showHelpAfterError(false)
    .allowExcessArguments(false);

  program
    .command('import')
    .description('import one file (exit status 1 when rejected)')
    .addArgument(new Argument('<dataset>', 'dataset key').choices(DATASET_KEYS))
    .argument('<file>', 'CSV or XLSX file')
    .option('--json', 'print the import report as JSON')
    .option('--wait-rules', 'wait for the rule runs the import starts (else they follow in the background)')
    .action((dataset: DatasetKey, file: string, o: { json?: boolean; waitRules?: boolean }) =>
      done({ cmd: 'import', dataset, file, json: !!o.json, waitRules: !!o.waitRules }),
    );

  program
    .command('inbox')
    .description('import every file of the inbox folder in dependency order (done/ failed/)')
    .option('--dir <dir>', 'inbox folder (default IMPORT_INBOX)')
    .option('--json', 'print the results as JSON')
    .action((o: { dir?: string; json?: boolean }) => done({ cmd: 'inbox', dir: o.dir, json: !!o.json }));

  const rules = program.command('rules').description('rule runs');
  rules
    .command('resume')
    .description('run rule runs queued by an import (what the background does)')
    .argument('<runIds...>', 'rule run ids', (v: string, prev: number[] = []) => [...prev, runId(v)])
    .option('--json', 'status lines on stderr')
    .action((runIds: number[], o: { json?: boolean }) =>
      done({ cmd: 'rules-resume', runIds, json: !!o.json }),
    );
  rules
    .command('run')
    .description('run every rule for a year (and as-of date)')
    .requiredOption('--year <year>', 'fiscal year', year)
    .option('--as-of <date>', 'as-of date (default: the rules.md default)', isoDate)
    .option('--json', 'print the run summary as JSON')
    .action((o: { year: number; asOf?: string; json?: boolean }) =>
      done({ cmd: 'rules-run', year: o.year, asOf: o.asOf, json: !!o.json }),
    );

  program
    .command('alerts')
    .description('the alert list, the same objects as GET /api/alerts')
    .requiredOption('--year <year>', 'fiscal year', year)
    .addOption(new Option('--rule <rule>', 'one rule').choices(RULE_IDS))
    .addOption(new Option('--status <status>', 'one status').choices(ALERT_STATUSES))
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'csv', 'xlsx']).default('json'),
    )
    .option('--out <file>', 'file to write (default stdout)')
    .action(
      (o: { year: number; rule?: string; status?: string; format: 'json' | 'csv' | 'xlsx'; out?: string }) =>
        done({ cmd: 'alerts', ...o }),
    );

  program
    .command('demo')
    .description('(re)load the demo city through the import pipeline')
    .option('--reset', 'delete every data row first')
    .action((o: { reset?: boolean }) => done({ cmd: 'demo', reset: !!o.reset }));

  const users = program.command('users').description('accounts');
  users
    .command('add')
    .description('add an account; prints its generated password (or reads one with --password-stdin)')
    .argument('<name>', 'user name')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .option('--agency <code>', 'the agency a respondent answers for')
    .option('--district <code>', 'the district a viewer or auditor is limited to')
    .option('--password-stdin', 'read the password from stdin')
    .action(
      (username: string, o: { role: string; agency?: string; district?: string; passwordStdin?: boolean }) =>
        done({
          cmd: 'users-add',
          username,
          role: o.role,
          agency: o.agency,
          district: o.district,
          passwordStdin: !!o.passwordStdin,
        }),
    );
  users
    .command('unlock')
    .description('clear the login delays of an account (every address)')
    .argument('<name>', 'user name')
    .action((username: string) => done({ cmd: 'users-unlock', username }));

  const years = program
    .command('years')
    .description('fiscal-year partitions of the payments (a server only)');
  years
    .command('detach')
    .description("take a fiscal year's payments out of the live table")
    .argument('<year>', 'fiscal year', year)
    .option('--archive <file>', 'write it to FILE (CSV, .gz compresses) and drop the table')
    .option('--json', 'print the result as JSON')
    .action((y: number, o: { archive?: string; json?: boolean }) =>
      done({ cmd: 'years-detach', year: y, archive: o.archive, json: !!o.json }),
    );
  years
    .command('attach')
    .description('put a detached or archived year back (read models rebuilt)')
    .argument('<year>', 'fiscal year', year)
    .argument('[file]', 'archive written by detach --archive')
    .option('--json', 'print the result as JSON')
    .action((y: number, file: string | undefined, o: { json?: boolean }) =>
      done({ cmd: 'years-attach', year: y, file, json: !!o.json }),
    );

  program
    .command('report')
    .description('the supervision report (智能报告) as a file')
    .option('--year <year>', 'fiscal year (default the newest with data)', year)
    .option('--as-of <date>', 'as-of date', isoDate)
    .option('--scope <scope>', 'city, district:CODE or agency:CODE', scope, 'city')
    .addOption(new Option('--lang <lang>', 'language').choices(['zh', 'en']).default('zh'))
    .addOption(
      new Option('--format <format>', 'file format').choices(['docx', 'pdf', 'html']).default('docx'),
    )
    .requiredOption('--out <file>', 'file to write')
    .action(
      (o: {
        year?: number;
        asOf?: string;
        scope: string;
        lang: 'zh' | 'en';
        format: 'docx' | 'pdf' | 'html';
        out: string;
      }) => done({ cmd: 'report', ...o }),
    );

  return program;
}

/** Parses argv (without node and the script) into one command; throws UsageError on bad usage. */
export function parseCli(argv: string[]): CliCommand {
  let parsed: CliCommand | null = null;
  let help = '';
  const program = buildProgram((c) => (parsed = c));
  // Errors and help become values, never a process.exit inside the parser.
  const quiet = (cmd: Command) => {
    cmd.exitOverride().configureOutput({ writeOut: (s) => (help += s), writeErr: () => undefined });
    cmd.commands.forEach(quiet);
  };
  quiet(program);
  if (argv.length === 0) throw new UsageError('a command is needed', program.helpInformation());
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version')
        return { cmd: 'help', text: help || program.helpInformation() };
      const words = argv.filter((a) => !a.startsWith('-'));
      const sub = findCommand(program, words) ?? program;
      // `users` alone: commander shows the group's help ('commander.help'); here that is bad usage.
      const message =
        e.code === 'commander.help'
          ? `"${argv.join(' ')}" needs a subcommand`
          : e.message.replace(/^error: /, '');
      throw new UsageError(message, sub.helpInformation());
    }
    throw e;
  }
  if (!parsed) {
    // A group without its subcommand (`users`, `years`, `rules`): its help.
    const sub = findCommand(program, argv) ?? program;
    throw new UsageError(`"${argv.join(' ')}" needs a subcommand`, sub.helpInformation());
  }
  return parsed;
}

function findCommand(program: Command, words: string[]): Command | null {
  let cur: Command = program;
  let found: Command | null = null;
  for (const w of words) {
    const next = cur.commands.find((c) => c.name() === w);
    if (!next) break;
    cur = next;
    found = next;
  }
  return found;
}
