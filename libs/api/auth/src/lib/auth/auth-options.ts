import type { AppConfig } from '@bs/api-core';

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface AuthOptions {
  jwtSecret: string;
  jwtTtlSeconds: number;
  refreshTtlSeconds: number;
  /** Failed logins per client address within ipWindowSeconds before answering 429. */
  ipMaxFailures: number;
  ipWindowSeconds: number;
  /** Consecutive failed passwords that lock an account (423) for lockSeconds. */
  userMaxFailures: number;
  lockSeconds: number;
}

export type AuthOverrides = Partial<Omit<AuthOptions, 'jwtSecret' | 'jwtTtlSeconds' | 'refreshTtlSeconds'>>;

export function authOptions(
  config: Pick<AppConfig, 'jwtSecret' | 'jwtTtlSeconds' | 'refreshTtlSeconds'>,
  overrides: AuthOverrides = {},
): AuthOptions {
  if (!config.jwtSecret) throw new Error('JWT_SECRET is not set (resolveJwtSecret runs before the app is built)');
  return {
    jwtSecret: config.jwtSecret,
    jwtTtlSeconds: config.jwtTtlSeconds,
    refreshTtlSeconds: config.refreshTtlSeconds,
    ipMaxFailures: 10,
    ipWindowSeconds: 300,
    userMaxFailures: 5,
    lockSeconds: 900,
    ...overrides,
  };
}
