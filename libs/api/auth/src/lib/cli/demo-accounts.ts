import type { DataSource } from 'typeorm';
import { ROLES, type Role } from '@bs/shared-model';
import { AuditLogService } from '@bs/api-db';
import { generatePassword } from '../password/generate-password';
import { hashPassword } from '../password/password-hash';
import { UsersRepository } from '../users/users.repository';

export interface DemoCredential {
  username: string;
  role: Role;
  password: string;
}

/**
 * On an empty app_user table, creates one account per role (named after the role) with generated
 * passwords and returns them to print once; returns [] when any account exists.
 */
export async function ensureDemoAccounts(ds: DataSource): Promise<DemoCredential[]> {
  const repo = new UsersRepository(ds);
  if ((await repo.count()) > 0) return [];
  const audit = new AuditLogService(ds);
  const wanted = await Promise.all(
    ROLES.map(async (role) => {
      const password = generatePassword();
      return { username: role, role, password, hash: await hashPassword(password) };
    }),
  );
  const created: DemoCredential[] = [];
  for (const w of wanted) {
    // ON CONFLICT DO NOTHING: two processes starting at once never fail, the loser prints less.
    const user = await repo.insert(w.username, w.role, w.hash);
    if (!user) continue;
    await audit.record({
      actor: 'system',
      action: 'user.create',
      target: `user:${w.username}`,
      after: { username: w.username, role: w.role, demo: true },
    });
    created.push({ username: w.username, role: w.role, password: w.password });
  }
  return created;
}
