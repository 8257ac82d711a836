import { loadSlackConfig } from '../../adapters/slack/config.js';
import { startSlack, type SlackHandle } from '../../adapters/slack/start-slack.js';
import { createMemoryStore, type Bot, type Store } from '../../src/index.js';
import { startFakeSlack, type ApiCall, type FakeSlack } from '../../fakes/slack/fake-slack.js';
import { createFixtureBot, createRecordingLogger, FAST_SLACK_TIMING, SIGNING_SECRET } from '../../fakes/slack/harness.js';
import { appMention, eventCallback, nextTs } from '../../fakes/slack/payloads.js';
import { postSigned } from '../../fakes/slack/signing.js';

export interface FaultSetupOptions {
  mode?: 'http' | 'socket';
  /** The Web API call timeout, short so that a hanging Slack costs a test little time. */
  apiTimeoutMs?: number;
  store?: Store;
  bot?: Bot;
}

/**
 * The fake Slack and the real adapter (real Bolt) against it, like fakes/slack/harness.ts, plus
 * what fault tests need: a short API timeout, short retry waits and a recording logger always at hand.
 */
export async function startSlackUnderFaults(options: FaultSetupOptions = {}) {
  const mode = options.mode ?? 'http';
  const fake: FakeSlack = await startFakeSlack();
  const store = options.store ?? createMemoryStore();
  const logger = createRecordingLogger();
  const config = loadSlackConfig({
    SLACK_BOT_TOKEN: fake.botToken,
    ...(mode === 'socket' ? { SLACK_APP_TOKEN: fake.appToken } : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
  });
  let slack: SlackHandle;
  try {
    slack = await startSlack({
      bot: options.bot ?? createFixtureBot(store),
      config,
      logger,
      store,
      apiTimeoutMs: options.apiTimeoutMs,
      ...FAST_SLACK_TIMING,
    });
  } catch (error) {
    await fake.close();
    throw error;
  }
  const eventsUrl = `http://127.0.0.1:${slack.port}/slack/events`;

  /** POSTs a signed body as Slack's HTTP delivery does; `retryNum` marks a redelivery. */
  async function post(body: string, retryNum?: number): Promise<number> {
    const res = await postSigned(eventsUrl, body, { secret: SIGNING_SECRET, contentType: 'application/json', retryNum });
    await res.arrayBuffer();
    return res.status;
  }

  /**
   * Delivers a fresh `app_mention` from a user of its own (HTTP mode). Resolves with its `ts`, by
   * which its answers are found, and its body, for redelivering it.
   */
  async function mention(question: string): Promise<{ ts: string; status: number; body: string }> {
    const ts = nextTs();
    const body = JSON.stringify(eventCallback(appMention(question, { ts, user: `U${ts.replace('.', '')}` })));
    return { ts, status: await post(body), body };
  }

  return {
    fake,
    slack,
    store,
    logger,
    eventsUrl,
    mention,
    /** Sends an event again, as Slack does when it thinks the first ack was lost. */
    redeliver: (event: { body: string }, retryNum = 1) => post(event.body, retryNum),
    /** Answers posted in the thread of `ts` that Slack accepted. */
    answersTo: (ts: string): ApiCall[] => fake.calls.filter((c) => c.method === 'chat.postMessage' && !c.failed && c.args.thread_ts === ts),
    /** Every attempt at posting in the thread of `ts`, failed ones included. */
    attemptsFor: (ts: string): ApiCall[] => fake.calls.filter((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts),
    async close() {
      await slack.stop();
      await fake.close();
    },
  };
}

export type SlackUnderFaults = Awaited<ReturnType<typeof startSlackUnderFaults>>;
