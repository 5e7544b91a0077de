import { DataSource, EntityManager } from 'typeorm';
import { AppUser } from '@bs/api-db';

export interface FailureResult {
  failedLogins: number;
  lockedUntil: Date | null;
}

/** The SQL of the app_user table (login bookkeeping is done atomically in the database). */
export class UsersRepository {
  constructor(private readonly ds: DataSource) {}

  private repo(em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(AppUser);
  }

  findByUsername(username: string): Promise<AppUser | null> {
    return this.repo().findOne({ where: { username } });
  }

  findById(id: number, em?: EntityManager): Promise<AppUser | null> {
    return this.repo(em).findOne({ where: { id } });
  }

  /** Locks the row for the rest of the transaction. */
  findByIdForUpdate(id: number, em: EntityManager): Promise<AppUser | null> {
    return this.repo(em)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where('u.id = :id', { id })
      .getOne();
  }

  async agencyExists(code: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM agency WHERE agency_code = $1`, [code]);
    return rows.length > 0;
  }

  async districtExists(code: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM district WHERE district_code = $1`, [code]);
    return rows.length > 0;
  }

  list(): Promise<AppUser[]> {
    return this.repo().find({ order: { username: 'ASC' } });
  }

  count(): Promise<number> {
    return this.repo().count();
  }

  /** Inserts unless the username exists; null when it does. */
  async insert(
    username: string,
    role: string,
    passwordHash: string,
    em?: EntityManager,
    scope: { agencyCode?: string | null; districtCode?: string | null } = {},
  ): Promise<AppUser | null> {
    const rows: Array<{ id: number }> = await (em ?? this.ds.manager).query(
      `INSERT INTO app_user (username, password_hash, role, agency_code, district_code) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (username) DO NOTHING RETURNING id`,
      [username, passwordHash, role, scope.agencyCode ?? null, scope.districtCode ?? null],
    );
    return rows.length ? this.findById(rows[0].id, em) : null;
  }

  async save(user: AppUser, em: EntityManager): Promise<AppUser> {
    return this.repo(em).save(user);
  }

  /** Other enabled admins, locked FOR UPDATE so two requests cannot remove the last two at once. */
  async otherActiveAdmins(exceptId: number, em: EntityManager): Promise<number> {
    const rows: Array<{ id: number }> = await em.query(
      `SELECT id FROM app_user WHERE role = 'admin' AND NOT disabled AND id <> $1 FOR UPDATE`,
      [exceptId],
    );
    return rows.length;
  }

  /** Counts a failed password; from `maxFailures` consecutive failures on, locks the account. */
  async recordFailure(id: number, maxFailures: number, lockSeconds: number): Promise<FailureResult> {
    // Wrapped in a CTE: TypeORM answers a bare UPDATE with [rows, count] instead of rows.
    const rows: Array<{ failed_logins: number; locked_until: Date | null }> = await this.ds.query(
      `WITH u AS (
         UPDATE app_user SET
           failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
           locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(secs => $3) ELSE locked_until END
         WHERE id = $1 RETURNING failed_logins, locked_until)
       SELECT failed_logins, locked_until FROM u`,
      [id, maxFailures, lockSeconds],
    );
    const row = rows[0];
    return { failedLogins: row?.failed_logins ?? 0, lockedUntil: row?.locked_until ?? null };
  }

  async recordSuccess(id: number): Promise<void> {
    await this.ds.query(`UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = $1`, [id]);
  }
}
