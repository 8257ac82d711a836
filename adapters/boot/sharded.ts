import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { ShardingManager } from 'discord.js';
import { startSharded } from '../discord/index.js';
import { origin } from '../runtime/env-file.js';
import { healthRoutes, metricsRoute, startHealthServer, type ReadinessChecks } from '../runtime/health.js';
import { createRefusalLog, DEFAULT_EDGE_LIMITS } from '../runtime/http-edge.js';
import { redactCredentials } from '../runtime/redact.js';
import { boot, failStart } from './boot.js';
import { shardedMetrics } from './shard-metrics.js';

/**
 * `npm run discord:sharded`: the shard manager. It checks the settings once (Discord and the
 * store, so a mistake is said here and not by every shard), forks one process per shard
 * (`shard.ts`), and serves `/healthz`, `/readyz` (ready only while every shard is) and
 * `/metrics` (every shard's, summed) on PORT, or `/metrics` on METRICS_PORT when set.
 */
const booted = (() => {
  try {
    return boot({ parts: ['discord', 'store'] });
  } catch (error) {
    failStart(error, 'Sharded start failed');
  }
})();
const { config, env, envFile, logger } = booted;
const discord = config.discord!;
const via = discord.apiUrl ? ` via ${redactCredentials(discord.apiUrl)}` : '';
process.stderr.write(
  `Discord: application ${discord.applicationId}${via}, ${discord.shardCount} shards (${origin(envFile, 'DISCORD_TOKEN')})\n`,
);

let manager: ShardingManager | undefined;
let stopping = false;
const shards = () => [...(manager?.shards.values() ?? [])];
// One check per shard when the count is known, so /readyz names the shards it waits for.
const ready: ReadinessChecks =
  typeof discord.shardCount === 'number'
    ? Object.fromEntries(
        Array.from({ length: discord.shardCount }, (_, id) => [`shard ${id}`, () => manager?.shards.get(id)?.ready ?? false]),
      )
    : { shards: () => manager !== undefined && shards().length === manager.totalShards && shards().every((s) => s.ready) };
// Every shard's metrics, summed; the manager's own (its process) until the shards exist.
const metrics = {
  registry: {
    contentType: booted.metrics.registry.contentType,
    metrics: () => (manager ? shardedMetrics(manager).metrics() : booted.metrics.registry.metrics()),
  },
};
const { metricsPort, metricsToken, port, maxConnections } = config.core;
const refusals = createRefusalLog({ logger });
const edge = { refusals, limits: { ...DEFAULT_EDGE_LIMITS, maxConnections } };
const routes = healthRoutes(metrics, ready, { stopping: () => stopping, metrics: metricsPort === undefined, metricsToken, refusals });
const servers: Server[] = [];
try {
  servers.push(await startHealthServer(routes, port, edge));
  if (metricsPort !== undefined)
    servers.push(
      await startHealthServer([metricsRoute(metrics, metricsToken, refusals)], metricsPort, { ...edge, variable: 'METRICS_PORT' }),
    );
} catch (error) {
  failStart(error, 'Sharded start failed');
}
const served = servers.map((server) => {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
});
process.stderr.write(`Started: Health (port ${served.join(', port ')}: ${routes.map((r) => r.path).join(', ')})\n`);

// A salt made for a local SQLite store goes to the shards, which must all hash with it.
const shardEnv: Record<string, string> = env.STORE_SALT ? { STORE_SALT: env.STORE_SALT } : {};
const handle = await startSharded({
  config: discord,
  file: fileURLToPath(new URL('./shard.js', import.meta.url)),
  env: shardEnv,
  logger,
  onManager: (created) => {
    manager = created;
  },
}).catch((error: unknown) => failStart(error, 'Sharded start failed'));
process.stderr.write(`Started: Discord (${handle.manager.totalShards} shards)\n`);

const shutdown = async () => {
  if (stopping) process.exit(1);
  stopping = true; // from here /readyz answers 503
  await handle.stop();
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  logger.flush();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
