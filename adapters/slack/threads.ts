/**
 * Threads the bot has answered in, so follow-ups there need no new mention.
 *
 * Kept in process for a week, without a store round trip. Another replica knows the thread from
 * its conversation state in the store for as long as that lives (an hour after the last message).
 */
export interface ThreadMemory {
  remember(channel: string, threadTs: string): void;
  has(channel: string, threadTs: string): boolean;
}

export function createThreadMemory(options: { max?: number; ttlMs?: number; now?: () => number } = {}): ThreadMemory {
  const max = options.max ?? 20_000;
  const ttlMs = options.ttlMs ?? 7 * 24 * 60 * 60 * 1000;
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order, so the first key is always the oldest: a cheap LRU.
  const threads = new Map<string, number>();
  const key = (channel: string, threadTs: string) => `${channel}:${threadTs}`;

  return {
    remember(channel, threadTs) {
      const k = key(channel, threadTs);
      threads.delete(k);
      threads.set(k, now() + ttlMs);
      while (threads.size > max) threads.delete(threads.keys().next().value!);
    },
    has(channel, threadTs) {
      const k = key(channel, threadTs);
      const until = threads.get(k);
      if (until === undefined) return false;
      if (until > now()) return true;
      threads.delete(k);
      return false;
    },
  };
}
