import { fileURLToPath } from 'node:url';
import {
  createBot,
  createMemoryStore,
  loadContent,
  type Bot,
  type KnowledgeBase,
  type Logger,
  type MemoryStore,
  type Store,
  type UsageReporter,
} from '../../src/index.js';
import type { DiscordConfig } from '../../adapters/discord/config.js';
import { startDiscord, type DiscordHandle } from '../../adapters/discord/client.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/fake-discord.js';
import type { BuiltInteraction, Place } from '../../fakes/discord/payloads.js';
import type { RecordedCall } from '../../fakes/discord/fake-rest.js';
import { snowflake } from '../../fakes/discord/snowflake.js';
import type { FakeUser } from '../../fakes/discord/world.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/content', import.meta.url));

let knowledgeBase: KnowledgeBase | undefined;
/** The bot over the small fixture content (the real content may be mid-edit). */
export function fixtureBot(store?: Store): Bot {
  knowledgeBase ??= loadContent(FIXTURES);
  return createBot({ knowledgeBase, store });
}

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: object;
  msg?: string;
}

export function captureLogger(lines: LogLine[]): Logger {
  const at = (level: LogLine['level']) => (obj: object, msg?: string) => void lines.push({ level, obj, msg });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export function newUser(name = 'ada'): FakeUser {
  return { id: snowflake(), username: name };
}

export interface Harness {
  fake: FakeDiscord;
  handle: DiscordHandle;
  store: MemoryStore;
  logs: LogLine[];
  config: DiscordConfig;
  channel: Place;
  thread: Place;
  dm: Place;
  /** Dispatches an interaction and resolves with its callback POST. */
  respond(built: BuiltInteraction, place: Place): Promise<RecordedCall>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  bot?: Bot;
  store?: Store;
  rateLimit?: DiscordConfig['rateLimit'];
  deferAfterMs?: number;
  storeTimeoutMs?: number;
  report?: UsageReporter;
  adminUsers?: string[];
  /** Extra settings (onboarding channel, member intent); the channel may name the fake's own. */
  config?: (fake: FakeDiscord) => Partial<DiscordConfig>;
}

/** A fake Discord plus the real adapter (real discord.js Client) connected to it. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeDiscord();
  const store = createMemoryStore();
  // The store is the core's feedback port and the adapter's dedup and rate limits, as in production.
  const logs: LogLine[] = [];
  const config: DiscordConfig = {
    token: 'fake-token',
    applicationId: fake.world.applicationId,
    apiUrl: fake.apiUrl,
    rateLimit: options.rateLimit ?? { limit: 1000, windowMs: 60_000 },
    shardCount: 1,
    adminUsers: options.adminUsers,
    ...options.config?.(fake),
  };
  const handle = await startDiscord({
    bot: options.bot ?? fixtureBot(store),
    config,
    logger: captureLogger(logs),
    store: options.store ?? store,
    deferAfterMs: options.deferAfterMs,
    storeTimeoutMs: options.storeTimeoutMs,
    report: options.report,
  });
  const guild = fake.world.guilds[0]!;
  return {
    fake,
    handle,
    store,
    logs,
    config,
    channel: { kind: 'channel', guild },
    thread: { kind: 'thread', guild },
    dm: { kind: 'dm' },
    respond(built, place) {
      fake.interact(built, place);
      return fake.waitForCall((c) => c.method === 'POST' && c.path === `/interactions/${built.id}/${built.token}/callback`);
    },
    async stop() {
      await handle.stop();
      await fake.close();
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
