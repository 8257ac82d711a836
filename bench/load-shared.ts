import { summarise } from './stats.js';

/** What one load run proves: every request acknowledged in time, every answer delivered once. */
export interface LoadFigures {
  sent: number;
  concurrency: number;
  /** Slack: HTTP 200 acks; Discord: interactions that got their callback. */
  acked: number;
  ackP50: number;
  ackP99: number;
  ackMax: number;
  answeredOnce: number;
  answeredTwice: number;
  unanswered: number;
  /** Discord only: callbacks that were a deferral, the answer following as an edit. */
  deferred?: number;
}

/** The questions a load run cycles through: answers, a comparison, a typo, an off-topic decline. */
export const LOAD_QUESTIONS = [
  'what is a crdt',
  'sre vs dse',
  "what's needed for staff?",
  'how does raft work',
  'wats a quorum',
  'how tall is everest',
];

/** What a driver worker sends back once its run is over. */
export interface DriverResult {
  /** Milliseconds from sending each request to its acknowledgement, for the requests acknowledged. */
  acks: number[];
  /** Per request, how many answers the fake platform received for it. */
  answersPerRequest: number[];
  deferred?: number;
}

/** Messages between the bot's thread and a driver worker. */
export type DriverMessage =
  | { type: 'ready'; apiUrl: string; botToken?: string; applicationId?: string }
  | { type: 'done'; result: DriverResult };
export type BotMessage = { type: 'go'; eventsUrl?: string } | { type: 'close' };

/** The sizes of one run, handed to a driver worker as its workerData. */
export interface DriverJob {
  total: number;
  concurrency: number;
  /** Requests sent first at full concurrency (connections opened, code warm), not measured. */
  warmup: number;
}

/** Runs `task(i)` for every i < total with at most `concurrency` running at a time. */
export async function pool(total: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < total) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(total, concurrency) }, worker));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `count()` reaches `target` (or `timeoutMs` passes), then a little longer, so
 * that a late second answer would be counted too.
 */
export async function settle(count: () => number, target: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (count() < target && Date.now() < deadline) await sleep(20);
  await sleep(300);
}

export function figures(sent: number, concurrency: number, result: DriverResult): LoadFigures {
  const { acks, answersPerRequest } = result;
  const { p50, p99 } = summarise(acks);
  return {
    sent,
    concurrency,
    acked: acks.length,
    ackP50: p50,
    ackP99: p99,
    ackMax: Math.max(0, ...acks),
    answeredOnce: answersPerRequest.filter((n) => n === 1).length,
    answeredTwice: answersPerRequest.filter((n) => n > 1).length,
    unanswered: answersPerRequest.filter((n) => n === 0).length,
    ...(result.deferred === undefined ? {} : { deferred: result.deferred }),
  };
}

/** Whether a run meets the bar: all acknowledged within 3 s, all answered exactly once. */
export const passes = (r: LoadFigures) => r.acked === r.sent && r.ackMax < 3000 && r.answeredOnce === r.sent;
