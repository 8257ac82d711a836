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
  /**
   * Made where the record is made, once: a store that writes it twice (a retry after a
   * timeout, a replay after an outage) keeps one. The store makes one when it is missing.
   */
  id?: string;
  platform: string;
  channelType?: string;
  userId?: string;
  question: string;
  outcome: string;
  entryId: string | null;
  confidence: number;
  latencyMs: number;
}

/**
 * A 👍 or 👎 on an answer. `answerKey` is the entry id, or `a+b` for a comparison. A person has
 * one vote per answer: a store keeps the latest (its id is who voted on what).
 */
export interface FeedbackVote {
  platform: string;
  userId?: string;
  answerKey: string;
  question?: string;
  helpful: boolean;
}

/** A press on a suggestion ("did you mean") or a related-question button. */
export interface ClickRecord {
  /** Made where the record is made, as for {@link QuestionRecord.id}. */
  id?: string;
  platform: string;
  userId?: string;
  /** Which kind of button: a "did you mean" choice, a follow-up, or a starter on help/decline. */
  kind: 'suggestion' | 'related' | 'starter';
  /** The answer the button was shown under (entry id or `a+b`); null when there was none. */
  fromKey: string | null;
  /** The entry the button opens. */
  entryId: string;
}

/** One onboarding welcome: a person, on a platform, in a place (a channel, a server, the App Home). */
export interface WelcomeRecord {
  platform: string;
  userId: string;
  place: string;
}

/**
 * The usage report as text, for admins asking in chat (`/ask report`, `/report`). `since` is
 * what they typed ("7d", "24h", "2026-11-01"); blank means the last seven days.
 */
export type UsageReporter = (since: string) => Promise<string>;

import type { ConversationState } from './understand/follow-up.js';

/**
 * Where use is recorded, and state shared between replicas. Every method may fail or be slow;
 * callers must never let that delay or stop an answer.
 *
 * Every member is required: a test fake implements them all, or spreads the memory store
 * (`{ ...createMemoryStore(), allow: slow }`) and replaces the ones it is about.
 */
export interface Store {
  recordQuestion(record: QuestionRecord): Promise<void>;
  recordFeedback(vote: FeedbackVote): Promise<void>;
  /** True for the first caller with this key within `ttlMs` (event dedup: first writer wins). */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Counts one use of `key`; true while it stays within `limit` per `windowMs`. */
  allow(key: string, limit: number, windowMs: number): Promise<boolean>;
  /** What a conversation (a Slack thread, a DM, a Discord channel per user) last talked about; null when unknown or expired. */
  loadConversation(key: string): Promise<ConversationState | null>;
  /** Remembers a conversation's state for `ttlMs`, for whichever replica gets the next message. */
  saveConversation(key: string, state: ConversationState, ttlMs: number): Promise<void>;
  /** Records a press on a suggestion or related-question button. */
  recordClick(click: ClickRecord): Promise<void>;
  /** Remembers that a welcome was sent, so that it is sent once per person and place. */
  recordWelcome(welcome: WelcomeRecord): Promise<void>;
  /** True when this person was already welcomed in this place. */
  hasWelcomed(welcome: WelcomeRecord): Promise<boolean>;
  /** Writes what is still buffered and releases connections and timers; the owner calls it on shutdown. */
  close(): Promise<void>;
}

/** How often an entry was answered in a period. */
export interface AskedCount {
  entryId: string;
  count: number;
}

/**
 * What a store that keeps a usage report offers (SQLite and PostgreSQL; the in-memory store keeps
 * none). The composition root hands it to the fronts that show it; no front probes the store.
 */
export interface Reporting {
  /** The report for admins in chat, as text (`/ask report`, `/report`); see {@link UsageReporter}. */
  usageText: UsageReporter;
  /** The entries answered most often between `since` and `until`, most first, at most `limit`. */
  mostAsked(period: { since: Date; until: Date; limit: number }): Promise<AskedCount[]>;
}
