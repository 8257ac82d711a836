import { parseArgs } from 'node:util';
import { createBot, createMemoryStore, BotError } from '../../src/index.js';
import { loadEnvFile } from '../runtime/env-file.js';
import { createLogger } from '../runtime/logger.js';
import { redactCredentials } from '../runtime/redact.js';
import { createMetrics } from '../runtime/metrics.js';
import { loadContentAndIndex } from './bootstrap.js';
import { runChat } from './chat.js';
import { readConfig, secretsOf, wantsDiscord, wantsSlack, wantsStore } from './config.js';
import { startFronts, type Front } from './fronts.js';
import { contentLayers } from './paths.js';
import { watchContent } from './watch.js';
import { withLocalSalt } from './store-salt.js';
import { createStore } from '../store/index.js';
import { storeNotice } from './notices.js';
import { startAdmin } from '../admin/index.js';

/** The composition root: reads the configuration, starts what it asks for, owns shutdown. */
const { values } = parseArgs({ options: { watch: { type: 'boolean' }, serve: { type: 'boolean' } } });
// An optional .env in the project folder; real environment variables win over it.
const envFile = loadEnvFile();
const serving = wantsSlack(process.env) || wantsDiscord(process.env) || values.serve || /^(true|1|yes)$/i.test(process.env.HTTP_API ?? '');
// A serving install on SQLite gets a salt of its own (see store-salt.ts); the terminal chat records
// only when a store is named (DATABASE_URL or STORE_PATH).
let env = process.env;
try {
  if (serving || wantsStore(process.env)) env = withLocalSalt(process.env);
} catch (error) {
  fail(error);
}

function fail(error: unknown): never {
  // A URL in the message (SLACK_API_URL, DATABASE_URL) may carry a password.
  if (error instanceof BotError) process.stderr.write(`${redactCredentials(error.message)}\n`);
  else
    process.stderr.write(
      `Could not start: ${redactCredentials(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
    );
  process.exit(1);
}

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig(env, { watch: values.watch, httpApi: values.serve, tty: process.stderr.isTTY });
} catch (error) {
  fail(error);
}
const chatOnly = !config.slack && !config.discord && !config.core.httpApi;
// In the terminal chat, info lines would interleave with the answers: warnings only, unless asked.
const level = chatOnly && !env.LOG_LEVEL ? 'warn' : config.core.logLevel;
const logger = createLogger({ level, format: config.core.logFormat, secrets: secretsOf(config, env) });
const metrics = createMetrics();
const layers = contentLayers({ ...env, ...(config.core.contentDir ? { CONTENT_DIR: config.core.contentDir } : {}) });
const loaded = await loadContentAndIndex(layers).catch(fail);
const { knowledgeBase } = loaded;
metrics.setContentEntries(knowledgeBase.entries.length);
const store = config.store ? await createStore(config.store, logger, { events: metrics.store }).catch(fail) : createMemoryStore();
if (config.store) process.stderr.write(`Store: ${storeNotice(config.store, envFile)}\n`);
const bot = createBot({
  knowledgeBase,
  logger,
  store,
  searchSnapshot: loaded.searchSnapshot,
  onAnswered: (event) => metrics.answered(event),
  // STORE_QUESTION_TEXT=false keeps question text out of the logs as well as the store.
  logQuestionText: config.store?.keepQuestionText ?? true,
});
loaded.saveIndex(bot);
const ready: Record<string, () => boolean> = { content: () => bot.knowledgeBase.entries.length > 0 };
let stopping = false;

// Every replica merges accepted alternate questions; with ADMIN_TOKEN this one serves the console too.
const admin = startAdmin(config.admin, { bot, store, logger });
const { fronts, platform } = await startFronts(config, {
  bot,
  logger,
  store,
  metrics,
  ready,
  stopping: () => stopping,
  mounts: admin.mounts,
}).catch(fail);
const watcher = config.core.watch ? watchContent(layers, bot, logger, (n) => metrics.setContentEntries(n)) : undefined;
for (const front of fronts) process.stderr.write(`Started: ${front.name} (${front.where})\n`);
if (watcher) process.stderr.write(`Watching ${layers.map((l) => l.displayRoot).join(', ')} for content changes\n`);
if (layers.length > 1)
  process.stderr.write(
    `Team content: ${layers
      .slice(1)
      .map((l) => l.displayRoot)
      .join(', ')} (over ${layers[0]!.displayRoot})\n`,
  );

process.on('unhandledRejection', (reason) => {
  // A stray rejection in a library must not take every conversation down with it.
  logger.error({ err: reason }, 'unhandled rejection');
  metrics.error('process', 'unhandled_rejection');
});

async function shutdown(signal: string, fronts: Front[]): Promise<never> {
  if (stopping) process.exit(1); // a second Ctrl-C means "now"
  stopping = true; // from here /readyz answers 503
  logger.info({ signal }, 'shutting down');
  watcher?.close();
  admin.stop();
  // Keeps serving while the load balancer notices /readyz (SHUTDOWN_DELAY_SECONDS, like a preStop sleep).
  if (config.core.shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.core.shutdownDelayMs));
  // Each front stops taking events, then waits (bounded) for answers under way.
  await Promise.allSettled(fronts.map((front) => front.stop()));
  // After the fronts: their last answers may still record to the store.
  await store.close().catch((error: unknown) => logger.warn({ err: error }, 'store did not close cleanly'));
  logger.flush?.();
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown('SIGTERM', fronts));
process.once('SIGINT', () => void shutdown('SIGINT', fronts));

if (!platform && !config.core.httpApi) {
  process.stderr.write('Started: terminal chat (no Slack or Discord configuration found)\n');
  await runChat(bot);
  await shutdown('end of input', fronts);
}
