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
  agencyCode?: string | null;
  districtCode?: string | null;
}

interface Wanted {
  username: string;
  role: Role;
  agencyCode?: string | null;
  districtCode?: string | null;
}

/**
 * The respondent's agency: the one with the most alerts (so the 督办 journey has material), and
 * the district account's district: the child district with the most alerts. Null without data.
 */
async function demoScopes(ds: DataSource): Promise<{ agency: string | null; district: string | null }> {
  const agency: { code: string }[] = await ds.query(
    `SELECT g.agency_code AS code FROM agency g LEFT JOIN alert a ON a.agency_code = g.agency_code
     GROUP BY g.agency_code ORDER BY count(a.id) DESC, g.agency_code LIMIT 1`,
  );
  const district: { code: string }[] = await ds.query(
    `SELECT d.district_code AS code FROM district d
     LEFT JOIN agency g ON g.district_code = d.district_code LEFT JOIN alert a ON a.agency_code = g.agency_code
     WHERE d.parent_code IS NOT NULL GROUP BY d.district_code ORDER BY count(a.id) DESC, d.district_code LIMIT 1`,
  );
  return { agency: agency[0]?.code ?? null, district: district[0]?.code ?? null };
}

/**
 * On an empty app_user table, creates one account per role (named after the role) with generated
 * passwords and returns them to print once; returns [] when any account exists. The respondent
 * answers for the agency with the most alerts; `district-viewer` sees one district only.
 */
export async function ensureDemoAccounts(ds: DataSource): Promise<DemoCredential[]> {
  const repo = new UsersRepository(ds);
  if ((await repo.count()) > 0) return [];
  const audit = new AuditLogService(ds);
  const scopes = await demoScopes(ds);
  const accounts: Wanted[] = ROLES.filter((r) => r !== 'respondent').map((role) => ({
    username: role,
    role,
  }));
  if (scopes.agency) accounts.push({ username: 'respondent', role: 'respondent', agencyCode: scopes.agency });
  if (scopes.district)
    accounts.push({ username: 'district-viewer', role: 'viewer', districtCode: scopes.district });
  const wanted = await Promise.all(
    accounts.map(async (a) => {
      const password = generatePassword();
      return { ...a, password, hash: await hashPassword(password) };
    }),
  );
  const created: DemoCredential[] = [];
  for (const w of wanted) {
    const scope = { agencyCode: w.agencyCode ?? null, districtCode: w.districtCode ?? null };
    // ON CONFLICT DO NOTHING: two processes starting at once never fail, the loser prints less.
    const user = await repo.insert(w.username, w.role, w.hash, undefined, scope);
    if (!user) continue;
    await audit.record({
      actor: 'system',
      action: 'user.create',
      target: `user:${w.username}`,
      after: { username: w.username, role: w.role, demo: true, ...scope },
    });
    created.push({ username: w.username, role: w.role, password: w.password, ...scope });
  }
  return created;
}
