import { loadSlackConfig } from '../../adapters/slack/config.js';
import { startSlack, type SlackHandle } from '../../adapters/slack/start-slack.js';
import {
  createBot,
  createMemoryStore,
  loadContent,
  type Bot,
  type KnowledgeBase,
  type Logger,
  type Store,
  type Reporting,
} from '../../src/index.js';
import { FIXTURE_CONTENT } from '../paths.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';
import { eventCallback } from './payloads.js';
import { postSigned } from './signing.js';

export const SIGNING_SECRET = 'test-signing-secret';

/**
 * Slack's waits, shortened for tests (the same policy, smaller numbers): retries 10 to 40 ms
 * apart instead of 100 ms to 2 s, and a dead Socket Mode connection noticed, and reconnected,
 * after 1 s instead of 5.
 */
export const FAST_SLACK_TIMING = {
  retry: { retries: 3, factor: 2, minTimeout: 10, maxTimeout: 40, randomize: false },
  pingTimeoutMs: 1000,
} as const;
const FORM = 'application/x-www-form-urlencoded' as const;

let fixtureContent: KnowledgeBase | undefined;
/** The real core over the small fixture content; `store` receives its analytics and votes. */
export function createFixtureBot(store?: Store): Bot {
  fixtureContent ??= loadContent(FIXTURE_CONTENT);
  return createBot({ knowledgeBase: fixtureContent, store });
}

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg?: string;
}

export function createRecordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry['level']) => (obj: object, msg?: string) =>
    void entries.push({ level, obj: obj as Record<string, unknown>, msg });
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface HarnessOptions {
  mode?: 'http' | 'socket';
  bot?: Bot;
  store?: Store;
  env?: Record<string, string>;
  logger?: Logger;
  reporting?: Reporting;
}

export interface Delivery {
  /** HTTP mode: the status the app answered. */
  status?: number;
  /** Socket Mode: the ack payload the app sent back. */
  ack?: Record<string, unknown>;
}

type Kind = 'event' | 'command' | 'action';

/**
 * The fake Slack plus the real adapter (`startSlack`, real Bolt) pointed at it, in HTTP or
 * Socket Mode, with one `deliver` that sends a payload the way Slack would in that mode.
 */
export async function startHarness(options: HarnessOptions = {}) {
  const mode = options.mode ?? 'http';
  const fake: FakeSlack = await startFakeSlack();
  const store = options.store ?? createMemoryStore();
  const bot = options.bot ?? createFixtureBot(store);
  const logger = options.logger ?? createRecordingLogger();
  const config = loadSlackConfig({
    SLACK_BOT_TOKEN: fake.botToken,
    ...(mode === 'socket' ? { SLACK_APP_TOKEN: fake.appToken } : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    ...options.env,
  });
  let slack: SlackHandle;
  try {
    slack = await startSlack({ bot, config, logger, store, reporting: options.reporting, ...FAST_SLACK_TIMING });
  } catch (error) {
    await fake.close();
    throw error;
  }
  const eventsUrl = `http://127.0.0.1:${slack.port}/slack/events`;

  async function deliver(kind: Kind, payload: Record<string, any>, extra: { retryNum?: number } = {}): Promise<Delivery> {
    if (mode === 'http') {
      const [body, contentType] =
        kind === 'event'
          ? [JSON.stringify(payload), 'application/json' as const]
          : kind === 'command'
            ? [new URLSearchParams(payload).toString(), FORM]
            : [new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM];
      const res = await postSigned(eventsUrl, body, { secret: SIGNING_SECRET, contentType, retryNum: extra.retryNum });
      await res.arrayBuffer();
      return { status: res.status };
    }
    const type = kind === 'event' ? 'events_api' : kind === 'command' ? 'slash_commands' : 'interactive';
    const envelopeId = fake.sendEnvelope(type, payload, { retryAttempt: extra.retryNum });
    return { ack: await fake.waitForAck(envelopeId) };
  }

  return {
    mode,
    fake,
    slack,
    bot,
    store,
    logger,
    config,
    eventsUrl,
    deliver,
    /** Delivers one Events API event, wrapped in its `event_callback` envelope. */
    event: (event: Record<string, any>, extra?: { retryNum?: number }) => deliver('event', eventCallback(event), extra),
    async close() {
      await slack.stop();
      await fake.close();
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** Waits long enough for a second, unwanted reply to have arrived if the bot were to send one. */
export const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));
