import { HttpException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AuditLogService } from '@bs/api-db';
import type { AdminUserView } from '../users/user-views';
import { UsersService } from '../users/users.service';
import { normalizeUsername } from '../users/user-input';
import { LoginThrottle } from '../auth/login-throttle';

export const USERS_USAGE =
  'usage: users add <name> --role <viewer|auditor|importer|admin|respondent> [--agency CODE] [--district CODE] [--password-stdin]';

export class UsageError extends Error {}

interface AddArgs {
  username: string;
  role: string;
  passwordStdin: boolean;
  agency?: string;
  district?: string;
}

function parseAdd(args: string[]): AddArgs {
  const rest = args[0] === 'users' ? args.slice(1) : args;
  if (rest[0] !== 'add') throw new UsageError(USERS_USAGE);
  let username: string | undefined;
  let role: string | undefined;
  let passwordStdin = false;
  let agency: string | undefined;
  let district: string | undefined;
  for (let i = 1; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--password-stdin') passwordStdin = true;
    else if (a === '--role') role = rest[++i];
    else if (a.startsWith('--role=')) role = a.slice('--role='.length);
    else if (a === '--agency') agency = rest[++i];
    else if (a.startsWith('--agency=')) agency = a.slice('--agency='.length);
    else if (a === '--district') district = rest[++i];
    else if (a.startsWith('--district=')) district = a.slice('--district='.length);
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}\n${USERS_USAGE}`);
    else if (username === undefined) username = a;
    else throw new UsageError(`unexpected argument ${a}\n${USERS_USAGE}`);
  }
  if (!username || !role) throw new UsageError(USERS_USAGE);
  if ((agency !== undefined && !agency) || (district !== undefined && !district))
    throw new UsageError(USERS_USAGE);
  return { username, role, passwordStdin, agency, district };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `users add <name> --role R [--password-stdin]` (args may start with `users` or `add`).
 * Prints only the generated password on stdout (nothing when it was read from stdin) and returns
 * the new user; throws UsageError / Error with an English reason for stderr.
 */
export async function addUserCommand(
  ds: DataSource,
  args: string[],
  stdin: NodeJS.ReadableStream,
  stdout: NodeJS.WritableStream,
): Promise<AdminUserView> {
  const a = parseAdd(args);
  // One trailing newline (from `echo` or a file) is not part of the password.
  const password = a.passwordStdin ? (await readAll(stdin)).replace(/\r?\n$/, '') : undefined;
  const users = new UsersService(ds, new AuditLogService(ds));
  try {
    const created = await users.create(
      { username: a.username, role: a.role, password, agencyCode: a.agency, districtCode: a.district },
      { actor: 'cli' },
    );
    if (created.password) stdout.write(`${created.password}\n`);
    return created.user;
  } catch (err) {
    if (err instanceof HttpException) {
      const body = err.getResponse() as { messageEn?: string; message?: string | string[] };
      throw new Error(body.messageEn ?? String(body.message ?? err.message));
    }
    throw err;
  }
}

/** `users unlock <name>`: clears the account's login delays (every client address), audited. */
export async function unlockUserCommand(
  ds: DataSource,
  args: string[],
  stdout: NodeJS.WritableStream,
): Promise<number> {
  const rest = args[0] === 'users' ? args.slice(1) : args;
  const name = rest[1];
  if (rest[0] !== 'unlock' || !name || rest.length > 2) throw new UsageError('usage: users unlock <name>');
  const username = normalizeUsername(name);
  const cleared = await new LoginThrottle(ds).unlock(username);
  await new AuditLogService(ds).record({
    actor: 'cli',
    action: 'user.unlock',
    target: `user:${username}`,
    after: { cleared },
  });
  stdout.write(`unlocked ${username} (${cleared} throttled address(es) cleared)\n`);
  return cleared;
}
