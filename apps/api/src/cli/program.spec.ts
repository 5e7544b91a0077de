import { parseCli, UsageError } from './program';

describe('command line (commander): parsed and checked before anything opens', () => {
  it('parses each command into typed values', () => {
    expect(parseCli(['import', 'payments', 'p.csv', '--json'])).toEqual({
      cmd: 'import',
      dataset: 'payments',
      file: 'p.csv',
      json: true,
      waitRules: false,
    });
    expect(parseCli(['import', 'payments', 'p.csv', '--wait-rules'])).toMatchObject({ waitRules: true });
    expect(parseCli(['rules', 'resume', '12', '13'])).toEqual({
      cmd: 'rules-resume',
      runIds: [12, 13],
      json: false,
    });
    expect(parseCli(['rules', 'run', '--year', '2025', '--as-of', '2025-06-30'])).toEqual({
      cmd: 'rules-run',
      year: 2025,
      asOf: '2025-06-30',
      json: false,
    });
    expect(
      parseCli(['alerts', '--year=2025', '--rule', 'CASH_LARGE', '--format', 'csv', '--out', 'a.csv']),
    ).toEqual({
      cmd: 'alerts',
      year: 2025,
      rule: 'CASH_LARGE',
      format: 'csv',
      out: 'a.csv',
    });
    expect(parseCli(['users', 'add', 'Chen.Jie', '--role=auditor', '--district', '150102'])).toEqual({
      cmd: 'users-add',
      username: 'Chen.Jie',
      role: 'auditor',
      district: '150102',
      agency: undefined,
      passwordStdin: false,
    });
    expect(parseCli(['users', 'unlock', 'alice'])).toEqual({ cmd: 'users-unlock', username: 'alice' });
    expect(parseCli(['years', 'detach', '2019', '--archive', 'y.csv.gz'])).toEqual({
      cmd: 'years-detach',
      year: 2019,
      archive: 'y.csv.gz',
      json: false,
    });
    expect(parseCli(['years', 'attach', '2019', 'y.csv.gz'])).toMatchObject({
      cmd: 'years-attach',
      file: 'y.csv.gz',
    });
    expect(parseCli(['report', '--out', 'r.docx'])).toEqual({
      cmd: 'report',
      scope: 'city',
      lang: 'zh',
      format: 'docx',
      out: 'r.docx',
    });
    expect(parseCli(['demo', '--reset'])).toEqual({ cmd: 'demo', reset: true });
    expect(parseCli(['inbox'])).toEqual({ cmd: 'inbox', dir: undefined, json: false });
  });

  it.each([
    [[], /a command is needed/],
    [['bogus'], /unknown command 'bogus'/],
    [['import', 'nonsense', 'p.csv'], /'nonsense' is invalid.*payments/],
    [['import', 'payments'], /missing required argument 'file'/],
    [['rules', 'run'], /required option '--year <year>' not specified/],
    [['rules', 'run', '--year', '25'], /four-digit year/],
    [['rules', 'run', '--year', '2025', '--as-of', '2025-13-45'], /YYYY-MM-DD/],
    [['alerts', '--year', '2025', '--status', 'open'], /argument 'open' is invalid/],
    [['users', 'add', 'x1'], /required option '--role <role>' not specified/],
    [['users', 'add', 'x1', '--role', 'root'], /argument 'root' is invalid/],
    [['users', 'add', 'x1', '--role', 'viewer', '--bogus'], /unknown option '--bogus'/],
    [['users', 'remove', 'x1'], /unknown command 'remove'/],
    [['users'], /needs a subcommand/],
    [['report', '--scope', 'province', '--out', 'r'], /city, district:CODE or agency:CODE/],
    [['report', '--format', 'rtf', '--out', 'r'], /argument 'rtf' is invalid/],
    [['years', 'attach', '2019', 'a', 'b'], /too many arguments/],
    [['rules', 'resume'], /missing required argument 'runIds'/],
    [['rules', 'resume', 'x'], /rule run id/],
  ])('refuses %j with a reason and the help of that command', (argv, reason) => {
    let err: unknown;
    try {
      parseCli(argv);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).message).toMatch(reason);
    expect((err as UsageError).help).toMatch(/^Usage: /);
  });

  it('answers --help with the command list, and a command’s help with its options', () => {
    const top = parseCli(['--help']);
    expect(top.cmd).toBe('help');
    const text = top.cmd === 'help' ? top.text : '';
    for (const c of ['import', 'inbox', 'rules', 'alerts', 'demo', 'users', 'years', 'report'])
      expect(text).toContain(c);
    const sub = parseCli(['users', 'add', '--help']);
    expect(sub.cmd === 'help' ? sub.text : '').toMatch(/--password-stdin/);
  });
});
