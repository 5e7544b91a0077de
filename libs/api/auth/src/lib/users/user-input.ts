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
