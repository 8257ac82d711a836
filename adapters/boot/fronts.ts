import type { Server } from 'node:http';
import type { DiscordHandle } from '../discord/index.js';
import type { SlackHandle } from '../slack/index.js';
import type { Bot, Logger, Reporting, Store } from '../../src/index.js';
import { healthRoutes, metricsRoute, startHealthServer, type HealthRoute, type MountedRoutes } from '../runtime/health.js';
import { createRefusalLog, DEFAULT_EDGE_LIMITS, type EdgeLimits } from '../runtime/http-edge.js';
import type { Metrics } from '../runtime/metrics.js';
import type { Config } from './config.js';
import { askRoute } from '../http-api/ask-route.js';

/** Something started that must be stopped on shutdown, with a line saying where it runs. */
export interface Front {
  name: string;
  where: string;
  stop(): Promise<void>;
}

export interface StartedFronts {
  fronts: Front[];
  /** Whether a chat platform (Slack or Discord) is running; without one the terminal chat is. */
  platform: boolean;
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

/** Where `/metrics` is served: its own port, the main port (behind a token or not public), or nowhere. */
function metricsPlacement(config: Config): 'own-port' | 'main' | 'none' {
  if (config.core.metricsPort !== undefined) return 'own-port';
  // PORT faces the internet in Slack's HTTP mode and with the JSON API: no open metrics there.
  const publicPort = config.slack?.mode === 'http' || config.core.httpApi;
  return config.core.metricsToken !== undefined || !publicPort ? 'main' : 'none';
}

export interface FrontDeps {
  bot: Bot;
  logger: Logger;
  store: Store;
  /** The usage report, when the store keeps one (SQLite or PostgreSQL). */
  reporting?: Reporting;
  metrics: Metrics;
  /** More routes for the health server (or Slack's HTTP server), e.g. an admin console. */
  routes?: HealthRoute[];
  ready: Record<string, () => boolean>;
  /** True once the process is stopping: `/readyz` then answers 503. */
  stopping: () => boolean;
  /** Apps served on PORT under a path of their own (the admin console at /admin). */
  mounts?: MountedRoutes[];
}

/**
 * Starts every front the configuration asks for, and health and metrics on `PORT`: on Slack's
 * own server in HTTP mode (one port behind a load balancer), otherwise on a small server.
 * `/metrics` moves to `METRICS_PORT` when set, and is never open on a public port.
 */
export async function startFronts(config: Config, deps: FrontDeps): Promise<StartedFronts> {
  const { bot, logger, store, reporting, metrics, ready, stopping } = deps;
  const fronts: Front[] = [];
  let slack: SlackHandle | undefined;
  let discord: DiscordHandle | undefined;
  const refusals = createRefusalLog({ logger, onRefused: (reason) => metrics.refused(reason) });
  // Counts still waiting for their minute are written on the way out, however the servers closed.
  process.once('exit', () => refusals.flush());
  const limits: EdgeLimits = { ...DEFAULT_EDGE_LIMITS, maxConnections: config.core.maxConnections };
  const placement = metricsPlacement(config);
  const { metricsToken } = config.core;
  const routes: HealthRoute[] = [
    ...healthRoutes(metrics, ready, { stopping, metrics: placement === 'main', metricsToken, refusals }),
    ...(deps.routes ?? []),
  ];
  if (config.core.httpApi) {
    // Beside a chat platform, /ask gets a quarter of the CPU: the platforms' acknowledgements come first.
    const cpuShare = config.slack || config.discord ? 0.25 : 1;
    routes.push(askRoute(bot, { token: config.core.httpApiToken, rateLimit: config.core.httpApiRateLimit, refusals, cpuShare }));
  }

  if (config.slack) {
    ready.slack = () => slack !== undefined;
    // Imported here, not at the top: Bolt costs hundreds of milliseconds and megabytes to load.
    const { startSlack } = await import('../slack/index.js');
    slack = await startSlack({
      bot,
      config: config.slack,
      logger,
      store,
      reporting,
      routes: config.slack.mode === 'http' ? routes : undefined,
      edge: { refusals, limits },
    });
    const where = config.slack.mode === 'http' ? `HTTP on port ${slack.port} at /slack/events` : 'Socket Mode';
    fronts.push({ name: 'Slack', where, stop: () => slack!.stop() });
  }
  if (config.discord) {
    ready.discord = () => discord?.client.isReady() ?? false;
    const { startDiscord } = await import('../discord/index.js');
    discord = await startDiscord({ bot, config: config.discord, logger, store, report: reporting?.usageText });
    fronts.push({ name: 'Discord', where: `gateway as ${discord.client.user.tag}`, stop: () => discord!.stop() });
  }
  const platform = fronts.length > 0;
  const slackServesRoutes = config.slack?.mode === 'http';
  if ((platform || config.core.httpApi) && !slackServesRoutes) {
    const mounts = deps.mounts ?? [];
    const server = await startHealthServer(routes, config.core.port, { refusals, limits, mounts });
    const served = [...routes.map((r) => r.path), ...mounts.map((m) => m.prefix)].join(', ');
    fronts.push({
      name: config.core.httpApi ? 'HTTP API' : 'Health',
      where: `port ${portOf(server, config.core.port)}: ${served}`,
      stop: () => closeServer(server),
    });
  }
  if ((platform || config.core.httpApi) && placement === 'own-port') {
    const server = await startHealthServer([metricsRoute(metrics, metricsToken, refusals)], config.core.metricsPort!, {
      refusals,
      limits,
      variable: 'METRICS_PORT',
    });
    fronts.push({ name: 'Metrics', where: `port ${portOf(server, config.core.metricsPort!)}: /metrics`, stop: () => closeServer(server) });
  }
  if ((platform || config.core.httpApi) && placement === 'none') {
    logger.warn(
      { port: config.core.port },
      'metrics: not served on PORT, which is public; set METRICS_PORT or METRICS_TOKEN to serve /metrics',
    );
  }
  if (slackServesRoutes && (deps.mounts ?? []).length > 0) logger.warn({}, 'admin: the console is not served in Slack HTTP mode yet');
  if (config.core.httpApi && platform && config.core.httpApiToken === undefined) {
    logger.warn({}, 'http api: /ask is open to anyone who reaches PORT; set HTTP_API_TOKEN to require a token');
  }
  return { fronts, platform };
}

function portOf(server: Server, fallback: number): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : fallback;
}
