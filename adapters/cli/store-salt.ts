import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_STORE_PATH } from '../store/index.js';
import type { Env } from './config.js';

/**
 * A single-machine install (SQLite, no STORE_SALT) should start with no secrets to invent: the
 * salt is made once and kept beside the database, so hashes stay stable across restarts.
 * PostgreSQL means replicas, which must share one salt, so there it stays required.
 */
export function withLocalSalt(env: Env): Env {
  const set = (name: string) => (env[name] ?? '').trim() !== '';
  if (set('STORE_SALT') || set('DATABASE_URL')) return env;
  const path = resolve(set('STORE_PATH') ? env.STORE_PATH! : DEFAULT_STORE_PATH);
  if (path === resolve(':memory:')) return { ...env, STORE_SALT: randomBytes(32).toString('hex') };
  const file = join(dirname(path), '.salt');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return { ...env, STORE_SALT: readFileSync(file, 'utf8').trim() };
}
