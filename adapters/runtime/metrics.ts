import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AnsweredEvent } from '../../src/index.js';

export interface Metrics {
  registry: Registry;
  /** Feed from the bot's `onAnswered`. */
  answered(event: AnsweredEvent): void;
  /** An error a front caught and survived (platform call failed, handler threw). */
  error(platform: string, kind: string): void;
  setContentEntries(count: number): void;
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
  const entries = new Gauge({ name: 'dsbot_content_entries', help: 'Entries in the loaded content.', registers: [registry] });

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
  };
}
