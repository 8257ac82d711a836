import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { flag, isSet, parseEnv, valuesOrThrow, wholeNumber } from '../runtime/env.js';
import { describeTarget, postgresTarget } from './postgres-errors.js';

/** The store part of the environment. Other variables are ignored: each part checks its own. */
export type StoreEnv = Record<string, string | undefined>;

interface CommonStoreConfig {
  /** Secret for hashing user ids (HMAC-SHA256). */
  salt: string;
  /** False: no question text is stored, only outcomes, entries and counts. */
  keepQuestionText: boolean;
  /** Records older than this many days are deleted. */
  retentionDays: number;
  /** PostgreSQL: where records the database cannot take wait on disk (STORE_SPOOL_DIR); none when absent. */
  spoolDir?: string;
  /** True: a salt that differs from the one the stored records were hashed with is accepted (STORE_NEW_SALT). */
  newSalt?: boolean;
}

/** Where records and shared state live, checked once at start. */
export type StoreConfig =
  | (CommonStoreConfig & { backend: 'sqlite'; path: string })
  | (CommonStoreConfig & { backend: 'postgres'; databaseUrl: string });

export const DEFAULT_STORE_PATH = './data/bot.sqlite';
export const DEFAULT_RETENTION_DAYS = 90;
const SALT_MIN = 16;
const SALT_HELP = 'Generate one with `openssl rand -hex 32` and keep it the same across restarts and replicas.';

// Empty strings count as unset (parseEnv): `DATABASE_URL=` in a .env file means "not using it".
const optional = <T extends z.ZodType>(schema: T) => schema.optional();

const schema = z.object({
  DATABASE_URL: optional(
    z
      .string()
      .trim()
      .regex(
        /^postgres(ql)?:\/\/\S+$/,
        'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/dbname; unset it to use SQLite',
      ),
  ),
  STORE_PATH: optional(z.string().trim()),
  STORE_SALT: optional(z.string().min(SALT_MIN, `STORE_SALT must be at least ${SALT_MIN} characters. ${SALT_HELP}`)),
  STORE_QUESTION_TEXT: flag('STORE_QUESTION_TEXT must be true (keep question text) or false (keep none)', true),
  STORE_SPOOL_DIR: optional(z.string().trim()),
  STORE_NEW_SALT: flag('STORE_NEW_SALT must be true (start over with a new salt) or false'),
  STORE_RETENTION_DAYS: wholeNumber(
    {
      whole: 'STORE_RETENTION_DAYS must be a whole number of days, such as 90',
      min: 'STORE_RETENTION_DAYS must be at least 1',
      max: 'STORE_RETENTION_DAYS must be at most 3650 (ten years)',
    },
    1,
    3650,
    DEFAULT_RETENTION_DAYS,
  ),
});

export interface LoadStoreConfigOptions {
  /**
   * False for commands that only read (the report): a missing STORE_SALT is replaced by a
   * random one, which hashes nothing that lasts. Default true.
   */
  requireSalt?: boolean;
}

/**
 * Reads the store settings from an environment object (pass `process.env`). With
 * DATABASE_URL set the store is PostgreSQL, else SQLite at STORE_PATH (default
 * ./data/bot.sqlite). Every problem is listed at once, each naming its variable and the fix.
 *
 * @throws {BotError} code `CONFIG_INVALID`.
 * @example
 * const config = loadStoreConfig({ STORE_SALT: 'a-long-random-secret' });
 * config.backend; // 'sqlite'
 */
export function loadStoreConfig(env: StoreEnv, options: LoadStoreConfigOptions = {}): StoreConfig {
  const parsed = parseEnv(schema, env);
  const problems = parsed.problems;
  if (!isSet(env, 'STORE_SALT') && (options.requireSalt ?? true)) {
    problems.unshift(`STORE_SALT is required: a secret of at least ${SALT_MIN} characters used to hash user ids. ${SALT_HELP}`);
  }
  const values = valuesOrThrow(parsed, problems, 'The store configuration is invalid:');
  const common: CommonStoreConfig = {
    salt: values.STORE_SALT ?? randomBytes(32).toString('hex'),
    keepQuestionText: values.STORE_QUESTION_TEXT,
    retentionDays: values.STORE_RETENTION_DAYS,
    // Beside the SQLite file by default: ./data is the volume that outlives a container.
    spoolDir: values.STORE_SPOOL_DIR ?? join(dirname(values.STORE_PATH ?? DEFAULT_STORE_PATH), 'spool'),
    newSalt: values.STORE_NEW_SALT,
  };
  return values.DATABASE_URL
    ? { ...common, backend: 'postgres', databaseUrl: values.DATABASE_URL }
    : { ...common, backend: 'sqlite', path: values.STORE_PATH ?? DEFAULT_STORE_PATH };
}

/**
 * Which store a configuration opens, in words and without secrets.
 *
 * @example
 * describeStore(loadStoreConfig({ STORE_SALT: salt, DATABASE_URL: 'postgres://bot:pw@db:5432/bot' })); // 'PostgreSQL at db:5432/bot'
 * describeStore(loadStoreConfig({ STORE_SALT: salt })); // 'SQLite at /srv/bot/data/bot.sqlite'
 */
export function describeStore(config: StoreConfig): string {
  if (config.backend === 'sqlite') return config.path === ':memory:' ? 'SQLite in memory' : `SQLite at ${resolve(config.path)}`;
  try {
    return `PostgreSQL at ${describeTarget(postgresTarget(config.databaseUrl))}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}
