import { ConflictException, Inject, Injectable, NotFoundException, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '@bs/shared-model';
import type { RequestUser } from '@bs/api-core';
import { AppUser, AuditLogService } from '@bs/api-db';
import { generatePassword } from '../password/generate-password';
import { hashPassword } from '../password/password-hash';
import { AuditActor } from '../http/audit-actor';
import { bilingual } from '../http/bilingual';
import { validPassword, validRole, validScope, validUsername } from './user-input';
import { UsersRepository } from './users.repository';
import { SessionService } from '../auth/session.service';
import { AdminUserView, toAdminView, toUserDto, UserWithPassword } from './user-views';

export interface CreateUserInput {
  username: string;
  role: string;
  password?: string;
  /** Required for (and only for) a respondent: the agency it answers for. */
  agencyCode?: string | null;
  /** Optional for a viewer or auditor: the district it is limited to. */
  districtCode?: string | null;
}

export interface UpdateUserInput {
  role?: string;
  disabled?: boolean;
  resetPassword?: boolean;
}

// The guard looks the user up on every request; a short cache keeps that off the database while
// disabling a user or changing a role still takes effect within seconds (immediately in-process).
const ACTIVE_USER_CACHE_MS = 5000;

/** Accounts: creation with generated passwords, listing, role changes, disabling. Every change is audited. */
@Injectable()
export class UsersService {
  private readonly repo: UsersRepository;
  private readonly cache = new Map<number, { user: RequestUser | null; at: number }>();

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
    @Optional() @Inject(SessionService) private readonly sessionService?: SessionService,
  ) {
    this.repo = new UsersRepository(ds);
  }

  /** Sessions to revoke on changes (the CLI builds this service without Nest: same SQL, no cache). */
  private get sessions(): Pick<SessionService, 'revokeUser'> {
    return (
      this.sessionService ?? {
        revokeUser: async (id: number) => {
          await this.ds.query(
            `UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
            [id],
          );
        },
      }
    );
  }

  get repository(): UsersRepository {
    return this.repo;
  }

  async create(input: CreateUserInput, by: AuditActor): Promise<UserWithPassword> {
    const username = validUsername(input.username);
    const role = validRole(input.role);
    const generated = input.password === undefined ? generatePassword() : null;
    const password = generated ?? validPassword(input.password ?? '');
    const scope = await validScope(this.repo, role, input.agencyCode ?? null, input.districtCode ?? null);
    const hash = await hashPassword(password);
    const user = await this.repo.insert(username, role, hash, undefined, scope);
    if (!user)
      throw new ConflictException(
        bilingual(`用户名 ${username} 已存在`, `username ${username} already exists`),
      );
    await this.audit.record({
      ...by,
      action: 'user.create',
      target: `user:${username}`,
      after: {
        username,
        role,
        ...(scope.agencyCode ? { agencyCode: scope.agencyCode } : {}),
        ...(scope.districtCode ? { districtCode: scope.districtCode } : {}),
      },
    });
    return { user: toAdminView(user), password: generated };
  }

  async list(): Promise<AdminUserView[]> {
    const now = Date.now();
    return (await this.repo.list()).map((u) => toAdminView(u, now));
  }

  async disable(id: number, by: AuditActor): Promise<AdminUserView> {
    return (await this.update(id, { disabled: true }, by)).user;
  }

  async changeRole(id: number, role: Role, by: AuditActor): Promise<AdminUserView> {
    return (await this.update(id, { role }, by)).user;
  }

  /** Applies role / disabled / password-reset changes in one transaction, one audit entry per change. */
  async update(id: number, input: UpdateUserInput, by: AuditActor): Promise<UserWithPassword> {
    const role = input.role === undefined ? undefined : validRole(input.role);
    const password = input.resetPassword ? generatePassword() : null;
    const hash = password ? await hashPassword(password) : null;
    let revoke = false;
    const result = await this.ds.transaction(async (em) => {
      const user = id >= 1 && id <= 2 ** 31 - 1 ? await this.repo.findByIdForUpdate(id, em) : null;
      if (!user) throw new NotFoundException(bilingual(`用户 ${id} 不存在`, `user ${id} not found`));
      const target = `user:${user.username}`;
      const losesAdmin =
        user.role === 'admin' &&
        !user.disabled &&
        ((role !== undefined && role !== 'admin') || input.disabled === true);
      if (losesAdmin && (await this.repo.otherActiveAdmins(user.id, em)) === 0) {
        throw new ConflictException(
          bilingual('至少须保留一个可用的管理员账户', 'at least one enabled admin account must remain'),
        );
      }
      const entries: Array<{ action: string; before: unknown; after: unknown }> = [];
      if (role !== undefined && role !== user.role) {
        entries.push({ action: 'user.role', before: { role: user.role }, after: { role } });
        user.role = role;
      }
      if (input.disabled !== undefined && input.disabled !== user.disabled) {
        entries.push({
          action: input.disabled ? 'user.disable' : 'user.enable',
          before: { disabled: user.disabled },
          after: { disabled: input.disabled },
        });
        user.disabled = input.disabled;
      }
      if (hash) {
        entries.push({ action: 'user.password-reset', before: null, after: null });
        user.passwordHash = hash;
        user.failedLogins = 0;
        user.lockedUntil = null;
      }
      revoke = entries.some((e) => e.action !== 'user.enable');
      const saved = entries.length ? await this.repo.save(user, em) : user;
      for (const e of entries) await this.audit.record({ ...by, ...e, target }, em);
      return saved;
    });
    this.cache.delete(id);
    // A password reset, role change or disable ends every session of the user at once.
    if (revoke) await this.sessions.revokeUser(id);
    // A new password also clears the login delays of the account (as `cli users unlock` does).
    if (password) await this.ds.query(`DELETE FROM login_throttle WHERE username = $1`, [result.username]);
    return { user: toAdminView(result), password };
  }

  /** The enabled user behind a token (current role from the database), or null. */
  async activeUser(id: number, fresh = false): Promise<RequestUser | null> {
    const hit = this.cache.get(id);
    const now = Date.now();
    if (!fresh && hit && now - hit.at < ACTIVE_USER_CACHE_MS) return hit.user;
    const u: AppUser | null = await this.repo.findById(id);
    const user = u && !u.disabled ? toUserDto(u) : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(id, { user, at: now });
    return user;
  }
}
