import { origin, type EnvFile } from '../runtime/env-file.js';
import { describeStore, type StoreConfig } from './config.js';

const NO_FILE: EnvFile = { names: new Set() };

/**
 * Which store a command uses and why that one, for its one line on stderr:
 * `PostgreSQL at db:5432/bot (DATABASE_URL from .env)`, `SQLite at /app/data/bot.sqlite (DATABASE_URL not set)`.
 */
export function storeNotice(config: StoreConfig, envFile: EnvFile = NO_FILE): string {
  const why = config.backend === 'postgres' ? origin(envFile, 'DATABASE_URL') : 'DATABASE_URL not set';
  return `${describeStore(config)} (${why})`;
}
