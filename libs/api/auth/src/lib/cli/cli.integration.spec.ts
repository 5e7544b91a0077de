import { PassThrough, Readable } from 'node:stream';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { verifyPassword } from '../password/password-hash';
import { ensureDemoAccounts } from './demo-accounts';
import { addUserCommand, UsageError } from './users-command';

function output(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

// scrypt (N=2^15) costs ~100 ms per hash, more on a busy 2-core machine.
jest.setTimeout(30_000);

describe('CLI helpers (real PostgreSQL)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  }, 60_000);

  afterAll(async () => {
    await db?.drop();
  }, 60_000);

  async function hashOf(username: string): Promise<string> {
    const [row] = await db.ds.query(`SELECT password_hash FROM app_user WHERE username = $1`, [username]);
    return row.password_hash;
  }

  it('ensureDemoAccounts creates one account per role on an empty table, once', async () => {
    const creds = await ensureDemoAccounts(db.ds);
    expect(creds.map((c) => [c.username, c.role])).toEqual([
      ['viewer', 'viewer'],
      ['auditor', 'auditor'],
      ['importer', 'importer'],
      ['admin', 'admin'],
    ]);
    for (const c of creds) {
      expect(c.password.length).toBeGreaterThanOrEqual(20);
      await expect(verifyPassword(c.password, await hashOf(c.username))).resolves.toBe(true);
    }
    expect(await ensureDemoAccounts(db.ds)).toEqual([]);
    const [audit] = await db.ds.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.create' AND actor = 'system'`,
    );
    expect(audit.n).toBe(4);
  });

  it('users add prints only the generated password', async () => {
    const out = output();
    const user = await addUserCommand(
      db.ds,
      ['users', 'add', 'Chen.Jie', '--role', 'auditor'],
      Readable.from([]),
      out.stream,
    );
    expect(user).toMatchObject({ username: 'chen.jie', role: 'auditor' });
    const printed = out.text();
    expect(printed).toMatch(/^\S{20,}\n$/);
    await expect(verifyPassword(printed.trim(), await hashOf('chen.jie'))).resolves.toBe(true);
    const [audit] = await db.ds.query(`SELECT actor FROM audit_log WHERE target = 'user:chen.jie'`);
    expect(audit.actor).toBe('cli');
  });

  it('users add --password-stdin reads the password and prints nothing', async () => {
    const out = output();
    await addUserCommand(
      db.ds,
      ['add', 'zhao.min', '--role=viewer', '--password-stdin'],
      Readable.from(['a chosen passphrase\n']),
      out.stream,
    );
    expect(out.text()).toBe('');
    await expect(verifyPassword('a chosen passphrase', await hashOf('zhao.min'))).resolves.toBe(true);
  });

  it('fails with a reason on bad usage, bad input and duplicates', async () => {
    const run = (args: string[], stdin: string[] = []) =>
      addUserCommand(db.ds, args, Readable.from(stdin), output().stream);
    await expect(run(['add', 'x1'])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['remove', 'x1', '--role', 'viewer'])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['add', 'x1', '--role', 'viewer', '--bogus'])).rejects.toThrow(/unknown option/);
    await expect(run(['add', 'x1', '--role', 'root'])).rejects.toThrow(/invalid role/);
    await expect(run(['add', 'bad name', '--role', 'viewer'])).rejects.toThrow(/username must be/);
    await expect(run(['add', 'x1', '--role', 'viewer', '--password-stdin'], ['short\n'])).rejects.toThrow(
      /at least 12/,
    );
    await expect(run(['add', 'chen.jie', '--role', 'viewer'])).rejects.toThrow(/already exists/);
  });

  it('users add scopes a respondent to one agency and a viewer or auditor to one district', async () => {
    await db.ds.query(
      `INSERT INTO district (district_code, district_name) VALUES ('150100', '示范市'), ('150102', '新城区');
       INSERT INTO agency (agency_code, agency_name, district_code) VALUES ('101001', '市教育局', '150100')`,
    );
    const run = (args: string[]) => addUserCommand(db.ds, args, Readable.from([]), output().stream);
    expect(await run(['add', 'lianluo', '--role', 'respondent', '--agency', '101001'])).toMatchObject({
      role: 'respondent',
      agencyCode: '101001',
    });
    expect(await run(['users', 'add', 'xincheng', '--role=auditor', '--district=150102'])).toMatchObject({
      role: 'auditor',
      districtCode: '150102',
    });
    await expect(run(['add', 'r2', '--role', 'respondent'])).rejects.toThrow(/needs --agency/);
    await expect(run(['add', 'r3', '--role', 'respondent', '--agency', '999'])).rejects.toThrow(
      /unknown agency/,
    );
    await expect(run(['add', 'v2', '--role', 'viewer', '--agency', '101001'])).rejects.toThrow(
      /only a respondent/,
    );
    await expect(run(['add', 'i2', '--role', 'importer', '--district', '150102'])).rejects.toThrow(
      /only a viewer or auditor/,
    );
    await expect(run(['add', 'v3', '--role', 'viewer', '--district', '999999'])).rejects.toThrow(
      /unknown district/,
    );
    const [audit] = await db.ds.query(`SELECT after FROM audit_log WHERE target = 'user:lianluo'`);
    expect(audit.after).toMatchObject({ role: 'respondent', agencyCode: '101001' });
  });
});
