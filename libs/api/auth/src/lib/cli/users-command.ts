import { HttpException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AuditLogService } from '@bs/api-db';
import type { AdminUserView } from '../users/user-views';
import { UsersService } from '../users/users.service';
import { normalizeUsername } from '../users/user-input';
import { LoginThrottle } from '../auth/login-throttle';

/** `users add` as the command line parsed it (apps/api/src/cli/program.ts). */
export interface AddUserOptions {
  username: string;
  role: string;
  passwordStdin: boolean;
  agency?: string;
  district?: string;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `users add <name> --role R [--agency A] [--district D] [--password-stdin]`. Prints only the
 * generated password on stdout (nothing when it was read from stdin) and returns the new user;
 * throws an Error with an English reason for stderr (role, scope and name are checked by UsersService).
 */
export async function addUserCommand(
  ds: DataSource,
  a: AddUserOptions,
  stdin: NodeJS.ReadableStream,
  stdout: NodeJS.WritableStream,
): Promise<AdminUserView> {
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
  name: string,
  stdout: NodeJS.WritableStream,
): Promise<number> {
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
