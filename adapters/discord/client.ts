import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Options, Partials, type ClientOptions } from 'discord.js';
import { BotError, createMemoryStore, silentLogger, type Bot, type Logger, type Store, type UsageReporter } from '../../src/index.js';
import { createChatGuard, isTimeout, withTimeout } from '../chat-kit/index.js';
import type { DiscordConfig } from './config.js';
import { explainDiscordFailure } from './failures.js';
import { createInteractionHandler } from './interactions.js';
import { createMessageHandler } from './messages.js';
import { createWelcomeHandler } from './welcome.js';
import { NO_MENTIONS } from './render.js';

export interface StartDiscordOptions {
  bot: Bot;
  config: DiscordConfig;
  logger?: Logger;
  /** Dedup and rate limits; in-process memory when omitted (use a shared store across replicas). */
  store?: Store;
  /** When a reply not yet sent is deferred, in ms after receipt (Discord allows 3,000). Default 1,500. */
  deferAfterMs?: number;
  /** How long a store call may take before it is skipped, in ms. Default the chat kit's `STORE_WAIT_MS` (replies are deferred at 1.5 s meanwhile). */
  storeTimeoutMs?: number;
  /** How long `startDiscord` waits for the gateway to be ready, in ms. Default 30,000. */
  readyTimeoutMs?: number;
  /** The usage report shown to `config.adminUsers` through `/report`. */
  report?: UsageReporter;
  /** Extra discord.js client options (e.g. `shards`); intents, partials and mentions stay fixed. */
  clientOptions?: Partial<ClientOptions>;
}

export interface DiscordHandle {
  client: Client<true>;
  /** Lets answers in flight finish (up to 5 s), then closes the gateway connection. */
  stop(): Promise<void>;
}

// Guilds for channel and thread caches; GuildMessages and DirectMessages for mentions and DMs.
// Message Content is privileged and not needed: mentions and DMs carry their text regardless.
const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
// Server Members is privileged too: asked for only to welcome people as they join (DISCORD_MEMBER_INTENT).
const intentsFor = (config: DiscordConfig) => (config.memberIntent ? [...INTENTS, GatewayIntentBits.GuildMembers] : INTENTS);

/**
 * Connects the bot to Discord and answers slash commands, autocomplete, buttons, menus, mentions
 * and DMs until `stop()`; with `config.memberIntent`, welcomes newcomers in the onboarding channel. Resolves once the gateway is ready; rejects (after cleaning up) when login fails.
 *
 * @throws {BotError} code `PLATFORM_FAILED`, saying whether the network or the token is at fault.
 */
export async function startDiscord(options: StartDiscordOptions): Promise<DiscordHandle> {
  const { bot, config } = options;
  const logger = options.logger ?? silentLogger;
  const store = options.store ?? createMemoryStore();
  const guard = createChatGuard({ platform: 'discord', store, logger, rateLimit: config.rateLimit, timeoutMs: options.storeTimeoutMs });
  const client = new Client({
    ...options.clientOptions,
    intents: intentsFor(config),
    // DM channels arrive uncached; without this partial discord.js drops DM messages.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: { ...options.clientOptions?.rest, ...(config.apiUrl ? { api: config.apiUrl } : {}) },
    // An FAQ bot never reads history: keep only a few messages per channel.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 10 }),
  });

  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  const onInteraction = createInteractionHandler({
    bot,
    guard,
    logger,
    deferAfterMs: options.deferAfterMs ?? 1500,
    report: options.report,
    adminUsers: config.adminUsers,
    store,
  });
  const onMessage = createMessageHandler({ bot, guard, logger });
  client.on(Events.InteractionCreate, (interaction) => track(onInteraction(interaction)));
  client.on(Events.MessageCreate, (message) => track(onMessage(message)));
  if (config.memberIntent && config.onboardingChannelId) {
    const onJoin = createWelcomeHandler({ bot, store, logger, channelId: config.onboardingChannelId });
    client.on(Events.GuildMemberAdd, (member) => track(onJoin(member)));
  }
  // Without an 'error' listener an emitted error would throw and stop the process.
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardError, (error, shardId) => logger.warn({ err: error, shardId }, 'gateway connection error'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway resumed'));
  client.on(Events.ShardReady, (shardId) => logger.info({ shardId }, 'gateway shard ready'));

  const stopWaiting = new AbortController();
  const timeoutMs = options.readyTimeoutMs ?? 30_000;
  try {
    const ready = once(client, Events.ClientReady, { signal: stopWaiting.signal });
    ready.catch(() => undefined); // awaited below, or abandoned when login fails
    await client.login(config.token);
    if (!client.isReady()) await withTimeout(ready, timeoutMs, 'gateway ready');
  } catch (error) {
    await client.destroy().catch(() => undefined);
    const reason = isTimeout(error) ? `the gateway was not ready after ${timeoutMs} ms` : explainDiscordFailure(error, config);
    throw new BotError('PLATFORM_FAILED', `Discord could not start: ${reason}`);
  } finally {
    stopWaiting.abort();
  }
  logger.info({ user: client.user?.tag, shards: client.ws.shards.size }, 'discord connected');

  return {
    client: client as Client<true>,
    async stop() {
      client
        .removeAllListeners(Events.InteractionCreate)
        .removeAllListeners(Events.MessageCreate)
        .removeAllListeners(Events.GuildMemberAdd);
      // Answers still under way after that are given up: the connection is closing.
      await withTimeout(Promise.allSettled([...inFlight]), 5000, 'drain').catch(() => undefined);
      await client.destroy();
      logger.info({}, 'discord disconnected');
    },
  };
}
