// Demo account passwords: printed once by the server at first start (read from its log), or
// given by env (E2E_PASSWORD_<ROLE>, or DEMO_PASSWORD when the server was started with one).
import { existsSync, readFileSync } from 'node:fs';

export const ROLES = ['viewer', 'auditor', 'importer', 'admin', 'respondent'] as const;
export type Role = (typeof ROLES)[number];

export interface Credential {
  username: string;
  password: string;
}

/** Strips ANSI colours and the logger's prefix noise so only the words of a line remain. */
function plain(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/\x1b\[[0-9;]*m/g, '').trim();
}

/**
 * Finds "<role> … <password>" on one line of the server log: `demo account: viewer / <pw> (viewer)`
 * (what the server prints), `password: <pw>` forms, or JSON logs with "username"/"password".
 */
export function passwordFromLog(log: string, role: Role): string | null {
  for (const raw of log.split(/\r?\n/)) {
    const line = plain(raw);
    const json = line.match(new RegExp(`"username"\\s*:\\s*"${role}"[^}]*?"password"\\s*:\\s*"([^"]+)"`));
    if (json) return json[1];
    // Whole word only: "admin_assets" or "admin-assets.xlsx" in an import log line is not the account.
    if (!new RegExp(`(^|[^\\w.-])${role}([^\\w.-]|$)`).test(line)) continue;
    if (!/account|password|passwd|user|密码|账号/i.test(line)) continue;
    // The server's own shape: "demo account: viewer / <password> (viewer)".
    const slashed = line.match(new RegExp(`(?:^|[\\s:])${role}\\s+/\\s+(\\S+)`));
    if (slashed) return slashed[1];
    const labelled = line.match(/(?:password|passwd|密码)\s*[:=：]\s*(\S+)/i);
    if (labelled) return labelled[1].replace(/[,;"']+$/, '');
    // Generated passwords are long (>= 20 characters): take the first long token after the role.
    const afterRole = line.slice(line.indexOf(role) + role.length);
    const long = afterRole.split(/\s+/).find((t) => t.length >= 20);
    if (long) return long;
  }
  return null;
}

export function roleCredential(role: Role): Credential {
  const fromEnv = process.env[`E2E_PASSWORD_${role.toUpperCase()}`] ?? process.env['DEMO_PASSWORD'];
  if (fromEnv) return { username: role, password: fromEnv };
  const logPath = process.env['E2E_SERVER_LOG'];
  const log = logPath && existsSync(logPath) ? readFileSync(logPath, 'utf8') : '';
  const password = passwordFromLog(log, role);
  if (!password) {
    throw new Error(
      `no password for demo account "${role}": not found in the server log (${logPath ?? 'E2E_SERVER_LOG unset'}) ` +
        `and neither E2E_PASSWORD_${role.toUpperCase()} nor DEMO_PASSWORD is set — are demo accounts created at first start?`,
    );
  }
  return { username: role, password };
}
