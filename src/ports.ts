/**
 * Ports: what the core needs from the outside world, as types. The composition root and the
 * adapters fill them; tests pass simple in-memory versions.
 */

/** The subset of pino's interface the core uses; a pino logger fits as it is. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Milliseconds, monotonic enough for latencies and rate limits. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => performance.now() };

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** One answered (or declined) question, as analytics sees it. */
export interface QuestionRecord {
  platform: string;
  channelType?: string;
  userId?: string;
  question: string;
  outcome: string;
  entryId: string | null;
  confidence: number;
  latencyMs: number;
}

/** A 👍 or 👎 on an answer. `answerKey` is the entry id, or `a+b` for a comparison. */
export interface FeedbackVote {
  platform: string;
  userId?: string;
  answerKey: string;
  question?: string;
  helpful: boolean;
}

/**
 * Where use is recorded, and state shared between replicas. Every method may fail or be slow;
 * callers must never let that delay or stop an answer.
 */
export interface Store {
  recordQuestion(record: QuestionRecord): Promise<void>;
  recordFeedback(vote: FeedbackVote): Promise<void>;
  /** True for the first caller with this key within `ttlMs` (event dedup: first writer wins). */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Counts one use of `key`; true while it stays within `limit` per `windowMs`. */
  allow(key: string, limit: number, windowMs: number): Promise<boolean>;
}
