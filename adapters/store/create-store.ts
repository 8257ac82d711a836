import { resolve } from 'node:path';
import { BotError, type Logger } from '../../src/index.js';
import type { StoreConfig } from './config.js';
import { openDatabaseStore, type DatabaseStore, type DatabaseStoreOptions } from './database-store.js';
import type { SqlDriver } from './driver.js';
import { createPostgresDriver } from './postgres-driver.js';
import { createSqliteDriver } from './sqlite-driver.js';

/** Tuning beyond the environment: timeouts, schedules, a schema, a clock (tests and one-shot commands). */
export type StoreOptions = Partial<Omit<DatabaseStoreOptions, 'salt' | 'keepQuestionText' | 'retentionDays' | 'logger'>> & {
  /** PostgreSQL only: the schema to use instead of the user's default. */
  schema?: string;
  /** PostgreSQL only: shown in `pg_stat_activity`. */
  applicationName?: string;
  /** PostgreSQL only: false keeps no spool (one-shot readers such as the report). Default true. */
  spool?: boolean;
};

/**
 * The store the configuration asks for: PostgreSQL when DATABASE_URL is set (shared by
 * replicas), else SQLite in one file. Migrations are applied before it resolves; a PostgreSQL
 * server that is away at start is retried later instead of stopping the bot.
 *
 * @throws {BotError} code `STORE_FAILED` when the SQLite file cannot be opened (a path problem
 * the operator must fix).
 * @example
 * const store = await createStore(loadStoreConfig(process.env), logger);
 * const bot = createBot({ knowledgeBase, store, logger });
 * // on shutdown
 * await store.close();
 */
export async function createStore(config: StoreConfig, logger: Logger, options: StoreOptions = {}): Promise<DatabaseStore> {
  const { schema, applicationName, spool = true, ...tuning } = options;
  let driver: SqlDriver;
  if (config.backend === 'postgres') {
    driver = createPostgresDriver({ connectionString: config.databaseUrl, schema, applicationName, logger });
  } else {
    const path = config.path === ':memory:' ? config.path : resolve(config.path);
    try {
      driver = createSqliteDriver({ path });
    } catch (error) {
      throw new BotError('STORE_FAILED', `The SQLite database at ${path} cannot be opened:`, [
        `${(error as Error).message}. Set STORE_PATH to a writable file path, or DATABASE_URL to use PostgreSQL.`,
      ]);
    }
  }
  const { salt, keepQuestionText, retentionDays } = config;
  const spooling =
    config.backend === 'postgres' && spool && config.spoolDir
      ? { spoolDir: resolve(config.spoolDir), spoolTarget: `${withoutPassword(config.databaseUrl)}${schema ? `#${schema}` : ''}` }
      : {};
  return openDatabaseStore(driver, {
    saltCheck: config.newSalt ? 'reset' : 'enforce',
    ...spooling,
    ...tuning,
    salt,
    keepQuestionText,
    retentionDays,
    logger,
  });
}

/** The URL of a database minus its password: what a spool is for, kept out of file names. */
function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url;
  }
}
