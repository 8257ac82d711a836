import { parseArgs } from 'node:util';
import { startAdmin } from '../admin/index.js';
import { runChat } from '../cli/chat.js';
import { boot, failStart, logStrayRejections, openStore, startBot } from './boot.js';
import { startFronts, type Front } from './fronts.js';
import { watchContent } from './watch.js';

/**
 * `npm start`, where the process starts: reads the configuration, starts what it asks for
 * (Slack, Discord, the JSON API, or the terminal chat), and owns shutdown.
 */
const { values } = parseArgs({ options: { watch: { type: 'boolean' }, serve: { type: 'boolean' } } });
const booted = (() => {
  try {
    return boot({ watch: values.watch, httpApi: values.serve });
  } catch (error) {
    failStart(error);
  }
})();
const { config, logger, metrics } = booted;
const chatOnly = !config.slack && !config.discord && !config.core.httpApi;
// In the terminal chat, info lines would interleave with the answers: warnings only, unless asked.
if (chatOnly && !(booted.env.LOG_LEVEL ?? '').trim()) logger.level = 'warn';
const { store, reporting, learning } = await openStore(booted).catch(failStart);
const { bot, layers } = await startBot(booted, store).catch(failStart);
const ready: Record<string, () => boolean> = { content: () => bot.knowledgeBase.entries.length > 0 };
let stopping = false;

// Every replica with a database store merges accepted alternate questions; with ADMIN_TOKEN this one serves the console too.
const admin = startAdmin(config.admin, { bot, learning, logger });
const { fronts, platform } = await startFronts(config, {
  bot,
  logger,
  store,
  reporting,
  metrics,
  ready,
  stopping: () => stopping,
  mounts: admin.mounts,
}).catch(failStart);
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

logStrayRejections(booted);

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
  logger.flush();
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown('SIGTERM', fronts));
process.once('SIGINT', () => void shutdown('SIGINT', fronts));

if (!platform && !config.core.httpApi) {
  process.stderr.write('Started: terminal chat (no Slack or Discord configuration found)\n');
  await runChat(bot);
  await shutdown('end of input', fronts);
}
