import type { Logger, Store } from '../../src/index.js';

export interface GuardOptions {
  store: Store;
  logger: Logger;
  rateLimit: { limit: number; windowMs: number };
  /**
   * How long a store call may take before the guard carries on without it. Longer than the
   * store's own claim timeout: the store decides when a database counts as gone (a busy one must
   * not let a duplicate through), and the interaction is deferred meanwhile.
   */
  timeoutMs: number;
}

/** Dedup and rate limits over the store, failing open: a slow or broken store never stops an answer. */
export interface Guard {
  /** True the first time an event id is seen (gateway RESUME replays, other shards or replicas). */
  firstTime(kind: string, id: string): Promise<boolean>;
  /** Counts one question for `userId`; false once they are over the limit. */
  allowed(userId: string): Promise<boolean>;
}

/** How long an event id is remembered: Discord replays at most a few minutes of events on RESUME. */
const DEDUP_TTL_MS = 15 * 60 * 1000;

export function createGuard(options: GuardOptions): Guard {
  const { store, logger, rateLimit, timeoutMs } = options;
  let lastWarned = -Infinity;
  let skipped = 0;
  // One line per half minute however many calls skip the store: a slow store under a burst is many calls.
  const warn = (fields: object, message: string) => {
    skipped += 1;
    const now = performance.now();
    if (now - lastWarned < 30_000) return;
    lastWarned = now;
    logger.warn({ ...fields, skipped }, message);
    skipped = 0;
  };

  async function bounded(what: string, work: () => Promise<boolean>): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => {
        warn({ what, timeoutMs }, 'store too slow; carrying on without it');
        resolve(true);
      }, timeoutMs);
    });
    try {
      return await Promise.race([work(), timeout]);
    } catch (error) {
      warn({ err: error, what }, 'store failed; carrying on without it');
      return true;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    firstTime: (kind, id) => bounded('claim', () => store.claim(`discord:${kind}:${id}`, DEDUP_TTL_MS)),
    allowed: (userId) => bounded('allow', () => store.allow(`discord:user:${userId}`, rateLimit.limit, rateLimit.windowMs)),
  };
}
