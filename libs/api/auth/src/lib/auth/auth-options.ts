import type { AppConfig } from '@bs/api-core';
import { DEFAULT_THROTTLE, ThrottlePolicy } from './login-throttle';

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface AuthOptions {
  jwtSecret: string;
  jwtTtlSeconds: number;
  refreshTtlSeconds: number;
  /** Growing delays per (account, client address) after failed logins. */
  throttle: ThrottlePolicy;
}

export type AuthOverrides = { throttle?: Partial<ThrottlePolicy> };

export function authOptions(
  config: Pick<AppConfig, 'jwtSecret' | 'jwtTtlSeconds' | 'refreshTtlSeconds'>,
  overrides: AuthOverrides = {},
): AuthOptions {
  if (!config.jwtSecret)
    throw new Error('JWT_SECRET is not set (resolveJwtSecret runs before the app is built)');
  return {
    jwtSecret: config.jwtSecret,
    jwtTtlSeconds: config.jwtTtlSeconds,
    refreshTtlSeconds: config.refreshTtlSeconds,
    throttle: { ...DEFAULT_THROTTLE, ...overrides.throttle },
  };
}
