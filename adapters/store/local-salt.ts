import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BotError } from '../../src/index.js';
import { isSet, isYes } from '../runtime/env.js';
import { DEFAULT_STORE_PATH, type StoreEnv } from './config.js';

/**
 * A single-machine install (SQLite, no STORE_SALT) should start with no secrets to invent: the
 * salt is made once and kept beside the database, so hashes stay stable across restarts.
 * PostgreSQL means replicas, which must share one salt, so there it stays required.
 *
 * A salt file that is gone while the database is still there is refused: a new salt would
 * silently make every person someone new. STORE_NEW_SALT=true says to start over.
 *
 * @throws {BotError} code `CONFIG_INVALID` when `.salt` is missing beside a database with records.
 */
export function withLocalSalt(env: StoreEnv): StoreEnv {
  if (isSet(env, 'STORE_SALT') || isSet(env, 'DATABASE_URL')) return env;
  const path = resolve(isSet(env, 'STORE_PATH') ? env.STORE_PATH! : DEFAULT_STORE_PATH);
  if (path === resolve(':memory:')) return { ...env, STORE_SALT: randomBytes(32).toString('hex') };
  const file = join(dirname(path), '.salt');
  if (!existsSync(file)) {
    const hasData = existsSync(path) && statSync(path).size > 0;
    if (hasData && !isYes(env, 'STORE_NEW_SALT')) {
      throw new BotError('CONFIG_INVALID', `The salt file ${file} is missing, but ${path} holds records hashed with it:`, [
        `Restore ${file} from a backup (or set STORE_SALT to its value). To start over with a new salt instead (every person then counts as new), start once with STORE_NEW_SALT=true.`,
      ]);
    }
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return { ...env, STORE_SALT: readFileSync(file, 'utf8').trim() };
}
