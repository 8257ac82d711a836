import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AnsweredEvent } from '../../src/index.js';

export interface Metrics {
  registry: Registry;
  /** Feed from the bot's `onAnswered`. */
  answered(event: AnsweredEvent): void;
  /** An error a front caught and survived (platform call failed, handler threw). */
  error(platform: string, kind: string): void;
  setContentEntries(count: number): void;
  /** A request turned away before it reached a handler (no signature, too large, too many, ...). */
  refused(reason: string): void;
  /** The store's own reports: what it could not do and how it coped. */
  store: {
    /** A claim or lookup answered from process memory because the database could not be reached. */
    failOpen(operation: string): void;
    /** Records given up: `count` rows of `table`, and why. */
    dropped(table: string, count: number, reason: string): void;
    /** Records written to the local spool file while the database was away. */
    spooled(table: string, count: number): void;
    /** Records replayed from the spool into the database. */
    replayed(count: number): void;
  };
}

/** Prometheus metrics for `/metrics`: questions, latency, errors, content size, process figures. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const questions = new Counter({
    name: 'dsbot_questions_total',
    help: 'Questions handled, by platform and outcome (answer, suggestions, decline, ...).',
    labelNames: ['platform', 'outcome'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'dsbot_answer_latency_seconds',
    help: 'Time to compute an answer in the core.',
    labelNames: ['platform'],
    // The core answers in well under a millisecond; the top buckets catch anything pathological.
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.25],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'dsbot_errors_total',
    help: 'Errors caught and survived, by platform and kind.',
    labelNames: ['platform', 'kind'],
    registers: [registry],
  });
  // Every shard loads the same content: summed across shards it would count each entry once per shard.
  const entries = new Gauge({
    name: 'dsbot_content_entries',
    help: 'Entries in the loaded content.',
    registers: [registry],
    aggregator: 'max',
  });
  const refused = new Counter({
    name: 'dsbot_http_refused_total',
    help: 'HTTP requests refused before a handler ran, by reason (unsigned, stale, too-large, busy, over-connections, ...).',
    labelNames: ['reason'],
    registers: [registry],
  });
  const failOpen = new Counter({
    name: 'dsbot_store_fail_open_total',
    help: 'Claims and lookups answered from process memory because the database was unreachable, by operation.',
    labelNames: ['operation'],
    registers: [registry],
  });
  const dropped = new Counter({
    name: 'dsbot_store_records_dropped_total',
    help: 'Records given up (never written), by table and reason.',
    labelNames: ['table', 'reason'],
    registers: [registry],
  });
  const spooled = new Counter({
    name: 'dsbot_store_records_spooled_total',
    help: 'Records written to the local spool file while the database was away, by table.',
    labelNames: ['table'],
    registers: [registry],
  });
  const replayed = new Counter({
    name: 'dsbot_store_records_replayed_total',
    help: 'Records replayed from the local spool file into the database.',
    registers: [registry],
  });

  return {
    registry,
    answered(event) {
      questions.inc({ platform: event.platform, outcome: event.outcome });
      latency.observe({ platform: event.platform }, event.latencyMs / 1000);
    },
    error(platform, kind) {
      errors.inc({ platform, kind });
    },
    setContentEntries(count) {
      entries.set(count);
    },
    refused(reason) {
      refused.inc({ reason });
    },
    store: {
      failOpen: (operation) => failOpen.inc({ operation }),
      dropped: (table, count, reason) => dropped.inc({ table, reason }, count),
      spooled: (table, count) => spooled.inc({ table }, count),
      replayed: (count) => replayed.inc(count),
    },
  };
}
