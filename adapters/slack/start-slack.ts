import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import { BotError, silentLogger, type Bot, type Logger, type Reporting, type Store } from '../../src/index.js';
import { createChatGuard, explainUnreachable, withTimeout, type ChatGuard } from '../chat-kit/index.js';
import { portProblem } from '../runtime/health.js';
import {
  createRefusalLog,
  DEFAULT_EDGE_LIMITS,
  edgeServerOptions,
  hardenServer,
  type EdgeLimits,
  type RefusalLog,
} from '../runtime/http-edge.js';
import { createBoltLogger } from './bolt-logger.js';
import { guardSlackBodies } from './body-guard.js';
import { registerCommand } from './commands.js';
import type { SlackConfig } from './config.js';
import { registerEvents } from './events.js';
import { registerHome } from './home.js';
import { registerInteractions } from './interactions.js';
import { mostAskedFrom } from './most-asked.js';
import { registerOnboarding } from './onboarding.js';
import { createReplies } from './replies.js';
import { createThreadMemory } from './threads.js';
import type { Wiring } from './wiring.js';

export interface StartSlackOptions {
  bot: Bot;
  config: SlackConfig;
  logger?: Logger;
  /** Dedup and rate-limit state; must be shared (database) when several replicas run. */
  store: Store;
  /**
   * HTTP mode: more GET routes served beside `/slack/events` (health and metrics), so one port
   * carries everything behind a load balancer. Replaces the built-in `/healthz` when given.
   */
  routes?: SlackRoute[];
  /**
   * The usage report: shown to `config.adminUsers` through `/ask report`, and this week's
   * most-asked entries on the App Home. Absent when the store keeps no report.
   */
  reporting?: Reporting;
  /** How long one Web API call may take before it counts as failed (and is retried), in ms. Default 10,000. */
  apiTimeoutMs?: number;
  /**
   * Web API retries after a network error, a 5xx or a 429 (on top of its `Retry-After`): how
   * many, and the back-off between them. Default {@link RETRY}; tests shorten the waits.
   */
  retry?: webApi.RetryOptions;
  /**
   * Socket Mode: how long a ping may go unanswered before the socket counts as dead. Slack's
   * client also waits this long (times the failures in a row) before reconnecting after a cut.
   * Default 5,000, the client's own; tests shorten it.
   */
  pingTimeoutMs?: number;
  /**
   * HTTP mode: where requests refused before authentication are counted (one log line per
   * window, and metrics), and the limits on what an unauthenticated client may cost.
   */
  edge?: { refusals?: RefusalLog; limits?: EdgeLimits };
}

/** A plain GET route on the Slack HTTP server. */
export interface SlackRoute {
  path: string;
  handler(req: IncomingMessage, res: ServerResponse): void;
}

export interface SlackHandle {
  /** The Bolt app, for a composition root that wants to add listeners. */
  app: App;
  /** HTTP mode: the port `/slack/events` listens on (useful when PORT=0); undefined in Socket Mode. */
  port?: number;
  /** Stops taking events, then waits (up to a few seconds) for answers already under way. */
  stop(): Promise<void>;
}

/** Slack retries an event three times within minutes; an hour also covers Socket Mode redelivery after a reconnect. */
const EVENT_TTL_MS = 60 * 60 * 1000;

/**
 * What identifies one delivery: an event's `event_id`, or the `trigger_id` Slack gives every
 * command, click and submission (a fresh one per invocation; a replay carries the same, and a
 * signed request is valid for five minutes either side of its timestamp, within the kit's replay TTL).
 */
export function deliveryOf(body: unknown): { kind: 'event' | 'trigger'; id: string; ttlMs?: number } | null {
  const b = (body ?? {}) as { event_id?: unknown; trigger_id?: unknown };
  if (typeof b.event_id === 'string') return { kind: 'event', id: b.event_id, ttlMs: EVENT_TTL_MS };
  if (typeof b.trigger_id === 'string' && b.trigger_id !== '') return { kind: 'trigger', id: b.trigger_id };
  return null;
}
const DRAIN_MS = 5000;

/**
 * Retries: network errors and 5xx briefly; a 429 is retried by the Web API client after waiting
 * the `Retry-After` it was given (it also pauses the other calls meanwhile).
 */
const RETRY: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 100, maxTimeout: 2000, randomize: true };

/**
 * Socket Mode's own client calls apps.connections.open for a new socket after a cut, and when
 * that call fails past its retries it gives up for good: the bot never reconnects. So it starts
 * with {@link RETRY} (a wrong setup fails the start fast) and, once connected, retries forever,
 * at most 30 s apart. Its policy object is read at every call, so it is changed in place.
 */
const RECONNECT_FOREVER: webApi.RetryOptions = { retries: 10, maxTimeout: 30_000, forever: true };

/**
 * What a person should check when the start fails, blaming only what is at fault: the network
 * (not the tokens) when Slack cannot be reached, the port when it is taken, the token Slack refused.
 */
function explainStartFailure(error: unknown, config: SlackConfig, phase: 'init' | 'start'): string {
  const { code, data, message } = (error ?? {}) as { code?: unknown; data?: { error?: unknown }; message?: unknown };
  const unreachable = explainUnreachable(error, { platform: 'Slack', apiUrl: config.apiUrl, apiUrlVariable: 'SLACK_API_URL' });
  if (unreachable) return unreachable;
  if (code === 'EADDRINUSE' || code === 'EACCES') return portProblem(config.port, code);
  const reason = typeof message === 'string' ? message : String(error);
  if (code === 'slack_webapi_platform_error' && typeof data?.error === 'string') {
    // auth.test (init) checks the bot token; apps.connections.open (start, Socket Mode) the app-level one.
    const variable = phase === 'init' ? 'SLACK_BOT_TOKEN' : 'SLACK_APP_TOKEN';
    return `Slack refused the request (${data.error}). Check ${variable}.`;
  }
  return `${reason}. Check SLACK_BOT_TOKEN${config.mode === 'socket' ? ' and SLACK_APP_TOKEN' : ''}.`;
}

const DEFAULT_ROUTES: SlackRoute[] = [
  {
    path: '/healthz',
    handler: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    },
  },
];

interface Timing {
  apiTimeoutMs: number;
  retry: webApi.RetryOptions;
  pingTimeoutMs: number;
}

function createApp(
  config: SlackConfig,
  logger: Logger,
  routes: SlackRoute[],
  timing: Timing,
  reconnect: webApi.RetryOptions,
  bodyLimit: number,
): App {
  const boltLogger = createBoltLogger(logger);
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: timing.retry,
    timeout: timing.apiTimeoutMs,
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
  };
  // deferInitialization: auth.test then runs once, in init(), where a bad token fails the start.
  const common = { token: config.botToken, logger: boltLogger, clientOptions, deferInitialization: true, convoStore: false as const };
  if (config.mode === 'socket') {
    // The receiver is made here, not by App, since only its constructor takes the ping timeout.
    const receiver = new SocketModeReceiver({
      appToken: config.appToken!,
      logger: boltLogger,
      clientPingTimeout: timing.pingTimeoutMs,
      installerOptions: { clientOptions: { ...clientOptions, retryConfig: reconnect } },
    });
    return new App({ ...common, socketMode: true, appToken: config.appToken, receiver });
  }
  // The receiver is made here to cap the body it reads (Bolt's default is 4 MB).
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret!,
    logger: boltLogger,
    bodyLimit,
    // Events are acknowledged before listeners run; answers follow the ack.
    processBeforeResponse: false,
    customRoutes: routes.map((route) => ({ path: route.path, method: ['GET'], handler: route.handler })),
  });
  return new App({ ...common, receiver });
}

/**
 * Starts the Slack adapter: Socket Mode when `config.appToken` is set, else HTTP on
 * `config.port` at `/slack/events`. Resolves once connected (Socket Mode) or listening (HTTP).
 *
 * @throws {BotError} code `PLATFORM_FAILED` when Slack rejects the token or the connection.
 * @example
 * const slack = await startSlack({ bot, config: loadSlackConfig(process.env), store: createMemoryStore() });
 * process.once('SIGTERM', () => void slack.stop());
 */
export async function startSlack({
  bot,
  config,
  logger = silentLogger,
  store,
  routes = DEFAULT_ROUTES,
  reporting,
  apiTimeoutMs = 10_000,
  retry = RETRY,
  pingTimeoutMs = 5000,
  edge = {},
}: StartSlackOptions): Promise<SlackHandle> {
  const reconnect: webApi.RetryOptions = { ...retry };
  const limits = edge.limits ?? DEFAULT_EDGE_LIMITS;
  const refusals = edge.refusals ?? createRefusalLog({ logger });
  const app = createApp(config, logger, routes, { apiTimeoutMs, retry, pingTimeoutMs }, reconnect, limits.maxBodyBytes);
  const inflight = new Set<Promise<unknown>>();
  const guard: ChatGuard = createChatGuard({ platform: 'slack', store, logger, rateLimit: config.rateLimit });

  app.error(async (error) => {
    // Listeners catch their own failures; this is the last net, and it must not rethrow.
    logger.error({ err: error, code: error.code }, 'slack: unhandled error');
  });

  app.use(async ({ next }) => {
    const work = next();
    inflight.add(work);
    try {
      await work;
    } finally {
      inflight.delete(work);
    }
  });

  // Slack redelivers an event when the ack seemed late (HTTP retries, Socket Mode redelivery),
  // and a signed command or click replayed within Slack's five minutes is as valid as the first:
  // each is answered once, across replicas, by the id Slack gave it.
  app.use(async (args) => {
    const { body, context, next } = args;
    const delivery = deliveryOf(body);
    if (delivery && !(await guard.firstDelivery(delivery.kind, delivery.id, delivery.ttlMs))) {
      logger.info({ dedupKey: delivery.kind, retryNum: context.retryNum }, 'slack: duplicate delivery ignored');
      // A command or click must still be acknowledged, or Bolt answers 404 after 3 s and logs an error.
      const { ack } = args as { ack?: () => Promise<void> };
      if (typeof ack === 'function') await ack();
      return;
    }
    await next();
  });

  const wiring: Wiring = {
    bot,
    logger,
    slashCommand: config.slashCommand,
    report: reporting?.usageText,
    adminUsers: config.adminUsers,
    threads: createThreadMemory(),
    replies: createReplies({ guard, logger }),
    guard,
    store,
    onboarding: { onboardingChannels: config.onboardingChannels, welcomeMode: config.welcomeMode },
    mostAsked: mostAskedFrom(reporting, { logger }),
  };
  registerEvents(app, wiring);
  registerCommand(app, wiring);
  registerInteractions(app, wiring);
  registerHome(app, wiring);
  registerOnboarding(app, wiring);

  let started: unknown;
  let phase: 'init' | 'start' = 'init';
  try {
    await app.init();
    phase = 'start';
    started = config.mode === 'http' ? await app.start(config.port, edgeServerOptions(limits)) : await app.start();
  } catch (error) {
    throw new BotError('PLATFORM_FAILED', `Slack could not start (${config.mode} mode): ${explainStartFailure(error, config, phase)}`);
  }
  if (config.mode === 'socket') Object.assign(reconnect, RECONNECT_FOREVER);
  else {
    hardenServer(started as Server, refusals, limits);
    guardSlackBodies(started as Server, { signingSecret: config.signingSecret ?? '', logger, refusals, limits });
  }
  const address = config.mode === 'http' ? (started as Server).address() : null;
  logger.info({ mode: config.mode, port: typeof address === 'object' && address ? address.port : undefined }, 'slack: started');

  let stopping: Promise<void> | undefined;
  return {
    app,
    port: typeof address === 'object' && address ? address.port : undefined,
    stop: () =>
      (stopping ??= (async () => {
        try {
          await app.stop();
        } catch (error) {
          logger.warn({ err: error }, 'slack: stopping the receiver failed');
        }
        // Answers still under way after that are given up: the process is going.
        await withTimeout(Promise.allSettled([...inflight]), DRAIN_MS, 'drain').catch(() => undefined);
      })()),
  };
}
