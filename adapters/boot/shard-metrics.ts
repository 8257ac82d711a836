import { randomUUID } from 'node:crypto';
import type { Shard, ShardingManager } from 'discord.js';
import { AggregatorRegistry, Registry } from 'prom-client';
import type { Metrics } from '../runtime/metrics.js';

/** Asked of a shard process over the IPC channel the manager forked it with. */
const REQUEST = 'dsbot:metrics';
/** How long the manager waits for a shard's metrics before serving without them. */
const SHARD_TIMEOUT_MS = 2000;

interface MetricsMessage {
  type: typeof REQUEST;
  id: string;
  metrics?: object[];
}

const isMetricsMessage = (message: unknown): message is MetricsMessage =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === REQUEST;

/** In a shard process: answers the manager's requests for this process's metrics. */
export function answerMetricsRequests(metrics: Metrics): void {
  process.on('message', (message: unknown) => {
    if (!isMetricsMessage(message) || !process.send) return;
    void metrics.registry.getMetricsAsJSON().then((json) => process.send?.({ type: REQUEST, id: message.id, metrics: json }));
  });
}

function metricsOf(shard: Shard): Promise<object[] | undefined> {
  const child = shard.process;
  if (!child?.connected) return Promise.resolve(undefined);
  const id = randomUUID();
  return new Promise((resolve) => {
    const done = (metrics: object[] | undefined) => {
      clearTimeout(timer);
      shard.off('message', listener);
      resolve(metrics);
    };
    const listener = (message: unknown) => {
      if (isMetricsMessage(message) && message.id === id) done(message.metrics);
    };
    const timer = setTimeout(() => done(undefined), SHARD_TIMEOUT_MS);
    shard.on('message', listener);
    child.send({ type: REQUEST, id }, (error) => error && done(undefined));
  });
}

/**
 * What the manager serves on `/metrics`: every shard's metrics summed (answers, errors, store
 * events), as one process would count them. A shard that does not answer in time is left out.
 */
export function shardedMetrics(manager: ShardingManager): { contentType: string; metrics(): Promise<string> } {
  return {
    contentType: Registry.PROMETHEUS_CONTENT_TYPE,
    async metrics() {
      const perShard = await Promise.all([...manager.shards.values()].map(metricsOf));
      return AggregatorRegistry.aggregate(perShard.filter((m): m is object[] => m !== undefined)).metrics();
    },
  };
}
