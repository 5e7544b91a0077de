import { BadRequestException } from '@nestjs/common';
import { ROLES, type Role } from '@bs/shared-model';
import { passwordProblem } from '../password/password-policy';
import { bilingual } from '../http/bilingual';

/** 2–64 characters: letters, digits, dot, dash, underscore; starts with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/** Usernames are case-insensitive: stored and compared in lower case. */
export function normalizeUsername(raw: string): string {
  return raw.trim().toLowerCase();
}

export function validUsername(raw: string): string {
  const username = normalizeUsername(raw);
  if (!USERNAME_PATTERN.test(username)) {
    throw new BadRequestException(
      bilingual(
        '用户名须为 2–64 个字符，仅含字母、数字、点、短横线或下划线，并以字母或数字开头',
        'username must be 2–64 characters of letters, digits, ".", "-" or "_", starting with a letter or digit',
      ),
    );
  }
  return username;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function validRole(value: unknown): Role {
  if (!isRole(value)) {
    throw new BadRequestException(
      bilingual(`角色无效，可选：${ROLES.join('、')}`, `invalid role, expected one of: ${ROLES.join(', ')}`),
    );
  }
  return value;
}

export function validPassword(password: string): string {
  const problem = passwordProblem(password);
  if (problem) throw new BadRequestException(bilingual(`密码不符合要求：${problem}`, problem));
  return password;
}

/**
 * An account's scope: a respondent needs exactly one existing agency; a viewer or auditor may be
 * limited to one existing district; no other combination is allowed.
 */
export async function validScope(
  repo: { agencyExists(c: string): Promise<boolean>; districtExists(c: string): Promise<boolean> },
  role: Role,
  agencyCode: string | null,
  districtCode: string | null,
): Promise<{ agencyCode: string | null; districtCode: string | null }> {
  if (role === 'respondent') {
    if (!agencyCode || districtCode)
      throw new BadRequestException(
        bilingual(
          '单位联络员须指定一个单位（--agency），不能指定区划',
          'a respondent needs --agency CODE and no district',
        ),
      );
    if (!(await repo.agencyExists(agencyCode)))
      throw new BadRequestException(bilingual(`单位 ${agencyCode} 不存在`, `unknown agency ${agencyCode}`));
    return { agencyCode, districtCode: null };
  }
  if (agencyCode)
    throw new BadRequestException(
      bilingual('只有单位联络员（respondent）可以指定单位', 'only a respondent can be limited to an agency'),
    );
  if (districtCode) {
    if (role !== 'viewer' && role !== 'auditor')
      throw new BadRequestException(
        bilingual(
          '只有 viewer 或 auditor 可以限定区划',
          'only a viewer or auditor can be limited to a district',
        ),
      );
    if (!(await repo.districtExists(districtCode)))
      throw new BadRequestException(
        bilingual(`区划 ${districtCode} 不存在`, `unknown district ${districtCode}`),
      );
  }
  return { agencyCode: null, districtCode };
}
