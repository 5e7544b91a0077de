import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppConfig, ConfigError, JWT_SECRET_MIN_LENGTH } from './app-config';

export const JWT_SECRET_FILE = 'jwt-secret';

/**
 * The signing secret of the server. JWT_SECRET when set; on the embedded demo (no DATABASE_URL)
 * a random secret generated once and kept in DATA_DIR/jwt-secret (mode 0600); with DATABASE_URL
 * and no JWT_SECRET the server refuses to start (a guessable key would let anyone forge tokens).
 */
export function resolveJwtSecret(config: Pick<AppConfig, 'jwtSecret' | 'databaseUrl' | 'dataDir'>): string {
  if (config.jwtSecret) return config.jwtSecret;
  if (config.databaseUrl) {
    throw new ConfigError(
      'JWT_SECRET is not set: with DATABASE_URL the server needs its own random signing secret of at least ' +
        `${JWT_SECRET_MIN_LENGTH} characters (e.g. JWT_SECRET=$(openssl rand -hex 32)); see the README`,
    );
  }
  const dir = resolve(config.dataDir);
  const file = join(dir, JWT_SECRET_FILE);
  mkdirSync(dir, { recursive: true });
  if (!existsSync(file)) {
    try {
      writeFileSync(file, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < JWT_SECRET_MIN_LENGTH)
    throw new ConfigError(`${file} holds no usable secret: delete it and start again`);
  return secret;
}
