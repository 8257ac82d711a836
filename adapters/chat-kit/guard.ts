import type { Logger, Store } from '../../src/index.js';
import { isTimeout, withTimeout } from '../store/faults.js';

/**
 * How long a store call may take before the guard carries on without it. Longer than the
 * database store's own 2 s claim timeout: the store decides when a database counts as gone (a
 * busy one must not let a duplicate through); meanwhile Slack has been acknowledged and a
 * Discord interaction deferred, so the asker is not kept waiting on a blank screen.
 */
export const STORE_WAIT_MS = 2500;

/** How long a delivery id is remembered: both platforms redeliver or replay within minutes. */
export const REPLAY_TTL_MS = 15 * 60 * 1000;

/** One line per half minute per kind of store call, however many calls skip the store in a burst. */
const WARN_EVERY_MS = 30_000;

/**
 * How a question reached the bot, which decides how a refusal is said:
 * `request` — a slash command, a button or a menu choice, which waits for its own reply;
 * `message` — a mention, a DM or a thread reply, one of many a person may type in a row.
 */
export type Arrival = 'request' | 'message';

export interface ChatAsker {
  userId: string;
  /** Slack workspace; limits are per person per workspace. */
  teamId?: string;
  arrival: Arrival;
  /** False where the platform has no reply only the asker sees (a Discord mention in a channel). Default true. */
  canNotePrivately?: boolean;
}

/** What to do with a question: answer it, say "slow down" privately, or stay silent. */
export type Admission = 'answer' | 'slow-down' | 'quiet';

/** Dedup and per-user limits over the store, failing open: a slow or broken store never stops an answer. */
export interface ChatGuard {
  /**
   * True the first time a delivery id is seen, across replicas and shards (Slack retries and
   * replays, gateway RESUME, a second click on Share). `kind` names the id's namespace.
   */
  firstDelivery(kind: string, id: string, ttlMs?: number): Promise<boolean>;
  /**
   * Counts one question against the asker's limit and says what to do with it. Over the limit
   * the rule is the same on every platform:
   * - never in public: where no private note is possible, nothing is said (others read the channel);
   * - a `request` is told every time: it waits for a reply, and silence would look like a failure;
   * - a `message` is told once per window: a person typing fast gets one note, not one per message.
   */
  admit(asker: ChatAsker): Promise<Admission>;
}

export interface ChatGuardOptions {
  /** Prefix of every store key, and a log field: `slack`, `discord`. */
  platform: string;
  store: Store;
  logger: Logger;
  rateLimit: { limit: number; windowMs: number };
  /** Default {@link STORE_WAIT_MS}. */
  timeoutMs?: number;
}

export function createChatGuard(options: ChatGuardOptions): ChatGuard {
  const { platform, store, logger, rateLimit } = options;
  const timeoutMs = options.timeoutMs ?? STORE_WAIT_MS;
  const warned = new Map<string, { at: number; skipped: number }>();

  const warn = (what: string, fields: object, message: string) => {
    const last = warned.get(what) ?? { at: -Infinity, skipped: 0 };
    last.skipped += 1;
    warned.set(what, last);
    const now = performance.now();
    if (now - last.at < WARN_EVERY_MS) return;
    logger.warn({ ...fields, platform, what, skipped: last.skipped }, message);
    warned.set(what, { at: now, skipped: 0 });
  };

  // Failing open: true lets the delivery through, the question count, the note be said.
  const bounded = (what: string, work: () => Promise<boolean>): Promise<boolean> =>
    withTimeout(Promise.resolve().then(work), timeoutMs, what).catch((error: unknown) => {
      if (isTimeout(error)) warn(what, { timeoutMs }, 'store too slow; carrying on without it');
      else warn(what, { err: error }, 'store failed; carrying on without it');
      return true;
    });

  const person = (asker: ChatAsker) => `${asker.teamId ?? '-'}:${asker.userId}`;

  return {
    firstDelivery: (kind, id, ttlMs = REPLAY_TTL_MS) => bounded('claim', () => store.claim(`${platform}:${kind}:${id}`, ttlMs)),
    async admit(asker) {
      const allowed = await bounded('allow', () => store.allow(`${platform}:rate:${person(asker)}`, rateLimit.limit, rateLimit.windowMs));
      if (allowed) return 'answer';
      logger.info({ platform, userId: asker.userId, arrival: asker.arrival }, 'rate limited');
      if (asker.canNotePrivately === false) return 'quiet';
      if (asker.arrival === 'request') return 'slow-down';
      const first = await bounded('notice', () => store.claim(`${platform}:rate-notice:${person(asker)}`, rateLimit.windowMs));
      return first ? 'slow-down' : 'quiet';
    },
  };
}
