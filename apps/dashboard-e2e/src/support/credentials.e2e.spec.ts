// The log parser that finds the demo passwords the server prints once at first start.
import { passwordFromLog } from './credentials';

const LOG = [
  '[Nest] 11  - LOG [startup] imported admin_assets_2024.xlsx: 1234 rows in 0.8 s (admin_assets) abcdefghijklmnopqrstuvwxyz',
  '[Nest] 11  - 11/27/2026, 9:03:00 PM     LOG [startup] demo accounts (shown once; change them with the CLI):',
  '[Nest] 11  - 11/27/2026, 9:03:00 PM     LOG [startup] demo account: viewer / a-b=C.d!e@f#g%h+i_jKLmn (viewer)',
  '\x1b[32m[Nest] 11  -\x1b[39m LOG \x1b[33m[startup]\x1b[39m \x1b[32mdemo account: auditor / Zz9-abcdefghijkmnopqrst (auditor)\x1b[39m',
  '{"level":30,"msg":"demo account","username":"admin","password":"Q#2abcdefghijkmnopqrstu"}',
].join('\n');

describe('passwordFromLog', () => {
  it('reads the server shape, coloured lines and JSON logs', () => {
    expect(passwordFromLog(LOG, 'viewer')).toBe('a-b=C.d!e@f#g%h+i_jKLmn');
    expect(passwordFromLog(LOG, 'auditor')).toBe('Zz9-abcdefghijkmnopqrst');
    expect(passwordFromLog(LOG, 'admin')).toBe('Q#2abcdefghijkmnopqrstu');
  });

  it('returns null when the role was not printed', () => {
    expect(passwordFromLog(LOG, 'importer')).toBeNull();
  });

  it('accepts a labelled form', () => {
    expect(passwordFromLog('user importer password: s3cretPass', 'importer')).toBe('s3cretPass');
  });
});
