import { PassThrough, Readable } from 'node:stream';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { verifyPassword } from '../password/password-hash';
import { ensureDemoAccounts } from './demo-accounts';
import { addUserCommand, type AddUserOptions } from './users-command';

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
      { username: 'Chen.Jie', role: 'auditor', passwordStdin: false },
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
      { username: 'zhao.min', role: 'viewer', passwordStdin: true },
      Readable.from(['a chosen passphrase\n']),
      out.stream,
    );
    expect(out.text()).toBe('');
    await expect(verifyPassword('a chosen passphrase', await hashOf('zhao.min'))).resolves.toBe(true);
  });

  it('fails with a reason on bad input and duplicates (usage itself: apps/api/src/cli/program.spec.ts)', async () => {
    const run = (o: Partial<AddUserOptions> & { username: string }, stdin: string[] = []) =>
      addUserCommand(
        db.ds,
        { role: 'viewer', passwordStdin: false, ...o },
        Readable.from(stdin),
        output().stream,
      );
    await expect(run({ username: 'x1', role: 'root' })).rejects.toThrow(/invalid role/);
    await expect(run({ username: 'bad name' })).rejects.toThrow(/username must be/);
    await expect(run({ username: 'x1', passwordStdin: true }, ['short\n'])).rejects.toThrow(/at least 12/);
    await expect(run({ username: 'chen.jie' })).rejects.toThrow(/already exists/);
  });

  it('users add scopes a respondent to one agency and a viewer or auditor to one district', async () => {
    await db.ds.query(
      `INSERT INTO district (district_code, district_name) VALUES ('150100', '示范市'), ('150102', '新城区');
       INSERT INTO agency (agency_code, agency_name, district_code) VALUES ('101001', '市教育局', '150100')`,
    );
    const run = (username: string, role: string, scope: { agency?: string; district?: string } = {}) =>
      addUserCommand(
        db.ds,
        { username, role, passwordStdin: false, ...scope },
        Readable.from([]),
        output().stream,
      );
    expect(await run('lianluo', 'respondent', { agency: '101001' })).toMatchObject({
      role: 'respondent',
      agencyCode: '101001',
    });
    expect(await run('xincheng', 'auditor', { district: '150102' })).toMatchObject({
      role: 'auditor',
      districtCode: '150102',
    });
    await expect(run('r2', 'respondent')).rejects.toThrow(/needs --agency/);
    await expect(run('r3', 'respondent', { agency: '999' })).rejects.toThrow(/unknown agency/);
    await expect(run('v2', 'viewer', { agency: '101001' })).rejects.toThrow(/only a respondent/);
    await expect(run('i2', 'importer', { district: '150102' })).rejects.toThrow(/only a viewer or auditor/);
    await expect(run('v3', 'viewer', { district: '999999' })).rejects.toThrow(/unknown district/);
    const [audit] = await db.ds.query(`SELECT after FROM audit_log WHERE target = 'user:lianluo'`);
    expect(audit.after).toMatchObject({ role: 'respondent', agencyCode: '101001' });
  });
});
