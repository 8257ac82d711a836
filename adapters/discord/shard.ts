import pino from 'pino';
import { BotError, createBot, createMemoryStore, loadLayers } from '../../src/index.js';
import { contentLayers } from '../cli/paths.js';
import { startDiscord, type DiscordHandle } from './client.js';
import { loadDiscordConfig } from './config.js';
import { isEntryPoint } from './entry-point.js';

/**
 * One shard's process, forked by the `ShardingManager` in `sharded.ts`. discord.js reads the
 * shard id and count from the `SHARDS` and `SHARD_COUNT` variables the manager sets, so this
 * is the ordinary start-up: settings, content, bot, gateway.
 *
 * Each shard keeps its own in-memory dedup and rate limits; a user's slash commands in one
 * server always reach the same shard, so per-user limits hold per server and in DMs (shard 0).
 */
export async function runShard(env: NodeJS.ProcessEnv = process.env): Promise<DiscordHandle> {
  const logger = pino({ level: env.LOG_LEVEL ?? 'info', base: { shard: env.SHARDS ?? '0' } });
  const config = loadDiscordConfig(env);
  const store = createMemoryStore();
  const bot = createBot({ knowledgeBase: loadLayers(contentLayers(env)), logger, store });
  const handle = await startDiscord({ bot, config, logger, store });
  const shutdown = () => void handle.stop().finally(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  return handle;
}

if (isEntryPoint(import.meta.url)) {
  runShard().catch((error: unknown) => {
    process.stderr.write(error instanceof BotError ? `${error.message}\n` : `Shard failed to start: ${String(error)}\n`);
    process.exit(1);
  });
}
