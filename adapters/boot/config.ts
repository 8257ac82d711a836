import { z } from 'zod';
import { flag, isSet, parseEnv, wholeNumber, type Env } from '../runtime/env.js';
// The config modules only, not the adapters: Bolt and discord.js load only when a platform starts.
import { loadDiscordConfig, type DiscordConfig } from '../discord/config.js';
import { loadSlackConfig, type SlackConfig } from '../slack/config.js';
import { BotError } from '../../src/index.js';
import { loadStoreConfig, type StoreConfig } from '../store/index.js';
import { loadAdminConfig, type AdminConfig } from '../admin/config.js';

export type { Env };

/** The parts every run has: content, logs, the HTTP port for health and metrics. */
export interface CoreConfig {
  contentDir?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  logFormat: 'json' | 'pretty';
  /** Reload content when its files change. */
  watch: boolean;
  /** Health, readiness and metrics (and Slack's HTTP mode) listen here. */
  port: number;
  /** Serve the JSON question API (`GET /ask?q=`) on `port`, with no chat platform needed. */
  httpApi: boolean;
  /** When set, `/ask` answers only requests with `Authorization: Bearer <token>`. */
  httpApiToken?: string;
  /** Questions per client address per window on `/ask`. */
  httpApiRateLimit: { limit: number; windowMs: number };
  /** When set, `/metrics` is served on this port only (its own server), not on `port`. */
  metricsPort?: number;
  /** When set, `/metrics` answers only requests with `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** Open connections per HTTP server; beyond this new ones are closed at once. */
  maxConnections: number;
  /** After SIGTERM, how long to keep serving (with `/readyz` at 503) before stopping, in ms. */
  shutdownDelayMs: number;
}

export interface Config {
  core: CoreConfig;
  slack?: SlackConfig;
  discord?: DiscordConfig;
  /** Where use is recorded and replicas share state; absent for the terminal chat. */
  store?: StoreConfig;
  /** The admin console (ADMIN_TOKEN) and how often accepted questions are read. */
  admin: AdminConfig;
}

const portNumber = (name: string, fallback?: number) => {
  const message = `${name} must be a port number from 0 to 65535${fallback === undefined ? '' : ` (default ${fallback})`}`;
  return fallback === undefined ? wholeNumber({ whole: message }, 0, 65_535) : wholeNumber({ whole: message }, 0, 65_535, fallback);
};
const count = (name: string, fallback: number, min: number, max: number, unit = '') =>
  wholeNumber({ whole: `${name} must be a whole number from ${min} to ${max}${unit} (default ${fallback})` }, min, max, fallback);
const secret = (name: string) =>
  z
    .string()
    .min(16, `${name} must be at least 16 characters (openssl rand -hex 32), or unset`)
    .regex(/^\S+$/, `${name} must not contain spaces`)
    .optional();

const coreSchema = z.object({
  CONTENT_DIR: z.string().optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (default info)',
    })
    .default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty'], { error: 'LOG_FORMAT must be json (for log collectors) or pretty (for a terminal)' }).optional(),
  CONTENT_WATCH: flag('CONTENT_WATCH must be true or false'),
  HTTP_API: flag('HTTP_API must be true or false'),
  PORT: portNumber('PORT', 3000),
  HTTP_API_TOKEN: secret('HTTP_API_TOKEN'),
  HTTP_API_RATE_LIMIT: count('HTTP_API_RATE_LIMIT', 30, 1, 100_000),
  HTTP_API_RATE_WINDOW_SECONDS: count('HTTP_API_RATE_WINDOW_SECONDS', 60, 1, 86_400, ' seconds'),
  METRICS_PORT: portNumber('METRICS_PORT'),
  METRICS_TOKEN: secret('METRICS_TOKEN'),
  HTTP_MAX_CONNECTIONS: count('HTTP_MAX_CONNECTIONS', 512, 16, 100_000),
  SHUTDOWN_DELAY_SECONDS: count('SHUTDOWN_DELAY_SECONDS', 0, 0, 60, ' seconds'),
});

/** A part is configured when any of its variables is set; then all of its rules apply. */
export const wantsSlack = (env: Env) => ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'].some((n) => isSet(env, n));
export const wantsDiscord = (env: Env) => ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'].some((n) => isSet(env, n));

/** Runs one part's loader, collecting its problems instead of stopping at the first part. */
function part<T>(load: () => T, problems: string[]): T | undefined {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof BotError)) throw error;
    problems.push(...(error.problems.length > 0 ? error.problems : [error.message]));
    return undefined;
  }
}

/**
 * One problem per variable: several parts read some variables (Slack's HTTP mode checks PORT
 * too), and a person needs to hear about each wrong value once. Problems start with their variable.
 */
function oncePerVariable(problems: string[]): string[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = /^[A-Z][A-Z0-9_]+\b/.exec(problem)?.[0] ?? problem;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** True when the environment names a store of its own (DATABASE_URL or STORE_PATH). */
export const wantsStore = (env: Env) => ['DATABASE_URL', 'STORE_PATH'].some((name) => isSet(env, name));

/** A part of the configuration beside the core: each has its own variables and rules. */
export type ConfigPart = 'slack' | 'discord' | 'store';

export interface ConfigOptions {
  /** `--watch`: reload content on change. */
  watch?: boolean;
  /** `--serve`: the JSON API. */
  httpApi?: boolean;
  /** Whether stderr is a terminal: the log format defaults to pretty there. */
  tty?: boolean;
  /**
   * The parts this entry point runs, each then required (a Discord shard: discord and store).
   * Unset: every part whose variables are set, and the store whenever something serves.
   */
  parts?: readonly ConfigPart[];
  /** Something serves even with no platform configured (the JSON API), so the store is read too. */
  serving?: boolean;
  /** False for commands that only read the store (the report): no STORE_SALT needed. */
  requireSalt?: boolean;
}

/**
 * Reads the whole configuration from an environment object. Every problem of every part is
 * reported together, each naming its variable and how to get a value.
 *
 * @throws BotError `CONFIG_INVALID`
 */
export function readConfig(env: Env, options: ConfigOptions = {}): Config {
  const problems: string[] = [];
  const parsed = parseEnv(coreSchema, env);
  problems.push(...parsed.problems);
  const serving = wantsSlack(env) || wantsDiscord(env) || options.httpApi || options.serving || parsed.data?.HTTP_API;
  // The terminal chat records too when a store is named, so that `npm run report` shows what was asked there.
  const wanted = (name: ConfigPart) =>
    options.parts
      ? options.parts.includes(name)
      : name === 'slack'
        ? wantsSlack(env)
        : name === 'discord'
          ? wantsDiscord(env)
          : serving || wantsStore(env);
  const slack = wanted('slack') ? part(() => loadSlackConfig(env), problems) : undefined;
  const discord = wanted('discord') ? part(() => loadDiscordConfig(env), problems) : undefined;
  const store = wanted('store') ? part(() => loadStoreConfig(env, { requireSalt: options.requireSalt }), problems) : undefined;
  const admin = part(() => loadAdminConfig(env), problems);
  if (problems.length > 0 || !parsed.data) {
    throw new BotError('CONFIG_INVALID', 'The configuration is invalid (see .env.example for every variable):', oncePerVariable(problems));
  }
  const c = parsed.data;
  return {
    core: {
      contentDir: c.CONTENT_DIR,
      logLevel: c.LOG_LEVEL,
      logFormat: c.LOG_FORMAT ?? (options.tty ? 'pretty' : 'json'),
      watch: options.watch || c.CONTENT_WATCH,
      port: c.PORT ?? 3000,
      httpApi: options.httpApi || c.HTTP_API,
      httpApiToken: c.HTTP_API_TOKEN,
      httpApiRateLimit: { limit: c.HTTP_API_RATE_LIMIT, windowMs: c.HTTP_API_RATE_WINDOW_SECONDS * 1000 },
      metricsPort: c.METRICS_PORT,
      metricsToken: c.METRICS_TOKEN,
      maxConnections: c.HTTP_MAX_CONNECTIONS,
      shutdownDelayMs: c.SHUTDOWN_DELAY_SECONDS * 1000,
    },
    slack,
    discord,
    store,
    admin: admin ?? { learnPollMs: 0 },
  };
}

/** Every secret value in the configuration, for scrubbing logs. */
export function secretsOf(config: Config, env: Env): string[] {
  return [
    config.slack?.botToken,
    config.slack?.appToken,
    config.slack?.signingSecret,
    config.discord?.token,
    config.core.httpApiToken,
    config.core.metricsToken,
    config.admin.token,
    env.STORE_SALT,
    passwordIn(env.DATABASE_URL),
    passwordIn(env.SLACK_API_URL),
    passwordIn(env.DISCORD_API_URL),
  ].filter((s): s is string => typeof s === 'string' && s.length > 0);
}

function passwordIn(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
