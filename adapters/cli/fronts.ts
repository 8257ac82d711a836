import type { Server } from 'node:http';
import type { DiscordHandle } from '../discord/index.js';
import type { SlackHandle } from '../slack/index.js';
import { BotError, type Bot, type Logger, type Store, type UsageReporter } from '../../src/index.js';
import { parseSince, renderReportText, type DatabaseStore } from '../store/index.js';
import { healthRoutes, startHealthServer, type HealthRoute } from '../runtime/health.js';
import type { Metrics } from '../runtime/metrics.js';
import type { Config } from './config.js';
import { askRoute } from './http-api.js';

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

/** The usage report for admins in chat, when the store keeps one (SQLite or PostgreSQL). */
export function usageReporter(store: Store): UsageReporter | undefined {
  if (!('report' in store)) return undefined;
  const database = store as DatabaseStore;
  return async (since) => {
    let from: Date;
    try {
      from = parseSince(since.trim() || '7d', new Date());
    } catch (error) {
      return error instanceof BotError ? error.message : 'Say how far back as 7d, 24h, 2w or a date such as 2026-11-01.';
    }
    return renderReportText(await database.report({ since: from, until: new Date() }));
  };
}

/**
 * Starts every front the configuration asks for, and health and metrics on `PORT`: on Slack's
 * own server in HTTP mode (one port behind a load balancer), otherwise on a small server.
 */
export async function startFronts(
  config: Config,
  deps: { bot: Bot; logger: Logger; store: Store; metrics: Metrics; ready: Record<string, () => boolean> },
): Promise<StartedFronts> {
  const { bot, logger, store, metrics, ready } = deps;
  const fronts: Front[] = [];
  let slack: SlackHandle | undefined;
  let discord: DiscordHandle | undefined;
  const routes: HealthRoute[] = healthRoutes(metrics, ready);
  const report = usageReporter(store);
  if (config.core.httpApi) routes.push(askRoute(bot));

  if (config.slack) {
    ready.slack = () => slack !== undefined;
    // Imported here, not at the top: Bolt costs hundreds of milliseconds and megabytes to load.
    const { startSlack } = await import('../slack/index.js');
    slack = await startSlack({
      bot,
      config: config.slack,
      logger,
      store,
      report,
      routes: config.slack.mode === 'http' ? routes : undefined,
    });
    const where = config.slack.mode === 'http' ? `HTTP on port ${slack.port} at /slack/events` : 'Socket Mode';
    fronts.push({ name: 'Slack', where, stop: () => slack!.stop() });
  }
  if (config.discord) {
    ready.discord = () => discord?.client.isReady() ?? false;
    const { startDiscord } = await import('../discord/index.js');
    discord = await startDiscord({ bot, config: config.discord, logger, store, report });
    fronts.push({ name: 'Discord', where: `gateway as ${discord.client.user.tag}`, stop: () => discord!.stop() });
  }
  const platform = fronts.length > 0;
  const slackServesRoutes = config.slack?.mode === 'http';
  if ((platform || config.core.httpApi) && !slackServesRoutes) {
    const server = await startHealthServer(routes, config.core.port);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.core.port;
    const served = routes.map((r) => r.path).join(', ');
    fronts.push({ name: config.core.httpApi ? 'HTTP API' : 'Health', where: `port ${port}: ${served}`, stop: () => closeServer(server) });
  }
  return { fronts, platform };
}
