import { startAdmin } from '../admin/index.js';
import { startDiscord } from '../discord/index.js';
import { boot, failStart, logStrayRejections, openStore, startBot } from './boot.js';
import { answerMetricsRequests } from './shard-metrics.js';

/**
 * One Discord shard's process, forked by the shard manager (`sharded.ts`). discord.js reads the
 * shard id and count from the `SHARDS` and `SHARD_COUNT` variables the manager sets; the rest is
 * the ordinary boot: settings, scrubbing logger, the configured store, content, bot, gateway.
 *
 * With DATABASE_URL set, every shard shares PostgreSQL: an interaction delivered twice is
 * answered once whichever shards get it, and a user's rate limit holds across shards.
 */
const booted = (() => {
  try {
    return boot({ parts: ['discord', 'store'], bindings: { shard: Number(process.env.SHARDS ?? 0) } });
  } catch (error) {
    failStart(error, 'Shard failed to start');
  }
})();
const { config, logger, metrics } = booted;
const { store, reporting, learning } = await openStore(booted).catch((error: unknown) => failStart(error, 'Shard failed to start'));
const { bot } = await startBot(booted, store).catch((error: unknown) => failStart(error, 'Shard failed to start'));
const handle = await startDiscord({ bot, config: config.discord!, logger, store, report: reporting?.usageText }).catch((error: unknown) =>
  failStart(error, 'Shard failed to start'),
);
answerMetricsRequests(metrics);
// A shard is a replica too: it merges the questions accepted in the console (which the manager does not serve).
const learningSync = startAdmin({ ...config.admin, token: undefined }, { bot, learning, logger });

logStrayRejections(booted);
const shutdown = () =>
  void handle
    .stop()
    .then(() => learningSync.stop())
    .then(() => store.close())
    .catch((error: unknown) => logger.warn({ err: error }, 'shard did not stop cleanly'))
    .finally(() => {
      logger.flush();
      process.exit(0);
    });
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
