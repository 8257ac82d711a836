import { once } from 'node:events';
import { ShardingManager, type Shard } from 'discord.js';
import { BotError, silentLogger, type Logger } from '../../src/index.js';
import type { DiscordConfig } from './config.js';

export interface ShardedOptions {
  config: DiscordConfig;
  /** The per-shard script (the boot's `shard.js`): each shard process runs it. */
  file: string;
  /** Node flags for the shard processes (e.g. a loader in tests). */
  execArgv?: string[];
  /** Extra environment for the shard processes, e.g. `CONTENT_DIR`, `LOG_LEVEL` or a generated `STORE_SALT`. */
  env?: Record<string, string>;
  /** Pause between shard starts. Discord allows one IDENTIFY per 5 s per bucket; default 5,500. */
  spawnDelayMs?: number;
  logger?: Logger;
  /** Called with the manager before the first shard spawns, e.g. to serve readiness while they start. */
  onManager?(manager: ShardingManager): void;
}

export interface ShardedHandle {
  manager: ShardingManager;
  /** Stops every shard process (each finishes its answers in flight) and waits for them to exit. */
  stop(): Promise<void>;
}

/** The settings a shard process needs, as variables: it re-reads and re-checks them itself. */
function configEnv(config: DiscordConfig): Record<string, string> {
  return {
    DISCORD_APPLICATION_ID: config.applicationId,
    DISCORD_GUILD_ID: config.guildId ?? '',
    DISCORD_API_URL: config.apiUrl ?? '',
    DISCORD_RATE_LIMIT: String(config.rateLimit.limit),
    DISCORD_RATE_WINDOW_SECONDS: String(Math.round(config.rateLimit.windowMs / 1000)),
    DISCORD_ONBOARDING_CHANNEL_ID: config.onboardingChannelId ?? '',
    DISCORD_MEMBER_INTENT: config.memberIntent ? 'true' : '',
  };
}

/**
 * Runs the bot as one process per shard with discord.js's `ShardingManager`: needed past 2,500
 * servers, when Discord refuses a single connection. Resolves once every shard is ready.
 */
export async function startSharded(options: ShardedOptions): Promise<ShardedHandle> {
  const { config } = options;
  const logger = options.logger ?? silentLogger;
  if (config.apiUrl && config.shardCount === 'auto') {
    // discord.js's automatic count asks discord.com directly, whatever DISCORD_API_URL says.
    throw new BotError('CONFIG_INVALID', 'The Discord settings are incomplete or invalid:', [
      'DISCORD_SHARD_COUNT must be a number when DISCORD_API_URL is set: the automatic count would ask discord.com.',
    ]);
  }
  const manager = new ShardingManager(options.file, {
    token: config.token,
    totalShards: config.shardCount,
    mode: 'process',
    execArgv: options.execArgv ?? [],
  });
  const env = { ...configEnv(config), ...options.env };
  manager.on('shardCreate', (shard: Shard) => {
    Object.assign(shard.env as Record<string, string>, env);
    shard.on('death', () => logger.warn({ shardId: shard.id }, 'shard process exited; restarting'));
    shard.on('ready', () => logger.info({ shardId: shard.id }, 'shard ready'));
  });
  options.onManager?.(manager);
  await manager.spawn({ delay: options.spawnDelayMs ?? 5500, timeout: 60_000 });
  logger.info({ shards: manager.totalShards }, 'all shards ready');

  return {
    manager,
    async stop() {
      const exits = [...manager.shards.values()].map((shard) => {
        const child = shard.process;
        if (!child || child.exitCode !== null) return Promise.resolve();
        const exited = once(child, 'exit');
        shard.kill();
        return exited;
      });
      await Promise.all(exits);
    },
  };
}
