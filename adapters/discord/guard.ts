import type { Logger, Store } from '../../src/index.js';

export interface GuardOptions {
  store: Store;
  logger: Logger;
  rateLimit: { limit: number; windowMs: number };
  /** How long a store call may take before the guard carries on without it. */
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

  async function bounded(what: string, work: () => Promise<boolean>): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => {
        logger.warn({ what, timeoutMs }, 'store too slow; carrying on without it');
        resolve(true);
      }, timeoutMs);
    });
    try {
      return await Promise.race([work(), timeout]);
    } catch (error) {
      logger.warn({ err: error, what }, 'store failed; carrying on without it');
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
