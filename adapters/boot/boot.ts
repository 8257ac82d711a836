import type { Logger as PinoLogger } from 'pino';
import { BotError, createBot, createMemoryStore, type Bot, type ContentLayer, type Reporting, type Store } from '../../src/index.js';
import { isYes } from '../runtime/env.js';
import { loadEnvFile, type EnvFile } from '../runtime/env-file.js';
import { createLogger } from '../runtime/logger.js';
import { createMetrics, type Metrics } from '../runtime/metrics.js';
import { redactCredentials } from '../runtime/redact.js';
import { createStore, reportingOf, type AdminStore, type StoreOptions } from '../store/index.js';
import { withLocalSalt } from '../store/local-salt.js';
import { storeNotice } from '../store/notice.js';
import { readConfig, secretsOf, wantsDiscord, wantsSlack, wantsStore, type Config, type ConfigOptions, type Env } from './config.js';
import { loadContentAndIndex } from './content.js';
import { contentLayers } from './paths.js';

/**
 * What every entry point starts from (`npm start`, a Discord shard and the shard manager,
 * `discord:register`, `report`): the settings read once (the environment, then `.env`), and the
 * logger and metrics built from them. The logger scrubs every secret the settings hold.
 */
export interface Boot {
  /** The environment the settings were read from: `process.env` with `.env` under it, and a local store salt. */
  env: Env;
  /** The `.env` read, so notices can say where a value came from. */
  envFile: EnvFile;
  config: Config;
  logger: PinoLogger;
  metrics: Metrics;
}

export interface BootOptions extends ConfigOptions {
  /** Overrides the configured log level (a command that prints its own errors: `error`). */
  level?: Config['core']['logLevel'];
  /** Overrides the configured log format (a command run by a person: `pretty`). */
  format?: Config['core']['logFormat'];
  /** Fields on every log line, e.g. `{ shard: 1 }`. */
  bindings?: Record<string, unknown>;
}

/**
 * Reads the settings and builds the logger and metrics.
 *
 * @throws {BotError} code `CONFIG_INVALID`, listing every problem at once.
 */
export function boot(options: BootOptions = {}): Boot {
  // An optional .env in the project folder; real environment variables win over it.
  const envFile = loadEnvFile();
  // A serving install on SQLite gets a salt of its own (see local-salt.ts); the terminal chat
  // records only when a store is named (DATABASE_URL or STORE_PATH); the report hashes nothing.
  const recording = options.parts
    ? options.parts.includes('store')
    : wantsSlack(process.env) ||
      wantsDiscord(process.env) ||
      options.serving ||
      options.httpApi ||
      isYes(process.env, 'HTTP_API') ||
      wantsStore(process.env);
  const env = recording && options.requireSalt !== false ? withLocalSalt(process.env) : process.env;
  const config = readConfig(env, { tty: process.stderr.isTTY, ...options });
  const logger = createLogger({
    level: options.level ?? config.core.logLevel,
    format: options.format ?? config.core.logFormat,
    secrets: secretsOf(config, env),
  });
  return { env, envFile, config, logger: options.bindings ? logger.child(options.bindings) : logger, metrics: createMetrics() };
}

/** The store the settings name, and its usage report; in memory when none is named (the terminal chat). */
export async function openStore(
  { config, logger, metrics, envFile }: Boot,
  options: StoreOptions = {},
): Promise<{ store: Store; reporting?: Reporting; learning?: AdminStore }> {
  if (!config.store) return { store: createMemoryStore() };
  const store = await createStore(config.store, logger, { events: metrics.store, ...options });
  process.stderr.write(`Store: ${storeNotice(config.store, envFile)}\n`);
  return { store, reporting: reportingOf(store), learning: store.learning };
}

/** The content (from its snapshot when unchanged) and the bot answering from it, recording to `store`. */
export async function startBot({ config, env, logger, metrics }: Boot, store: Store): Promise<{ bot: Bot; layers: ContentLayer[] }> {
  const layers = contentLayers({ ...env, ...(config.core.contentDir ? { CONTENT_DIR: config.core.contentDir } : {}) });
  const loaded = await loadContentAndIndex(layers);
  metrics.setContentEntries(loaded.knowledgeBase.entries.length);
  const bot = createBot({
    knowledgeBase: loaded.knowledgeBase,
    logger,
    store,
    searchSnapshot: loaded.searchSnapshot,
    onAnswered: (event) => metrics.answered(event),
    // STORE_QUESTION_TEXT=false keeps question text out of the logs as well as the store.
    logQuestionText: config.store?.keepQuestionText ?? true,
  });
  loaded.saveIndex(bot);
  return { bot, layers };
}

/** Logs (and counts) a stray rejection in a library: it must not take every conversation down with it. */
export function logStrayRejections({ logger, metrics }: Boot): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled rejection');
    metrics.error('process', 'unhandled_rejection');
  });
}

/** Says why the start failed, in one message without secrets, and exits 1. */
export function failStart(error: unknown, what = 'Could not start'): never {
  // A URL in the message (SLACK_API_URL, DATABASE_URL) may carry a password.
  if (error instanceof BotError) process.stderr.write(`${redactCredentials(error.message)}\n`);
  else process.stderr.write(`${what}: ${redactCredentials(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
  process.exit(1);
}
