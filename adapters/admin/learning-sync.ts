import type { Bot, Logger } from '../../src/index.js';
import type { LearningStore } from '../store/learning-store.js';

export interface LearningSync {
  /** Reads what was accepted since the last read and merges it into the bot; resolves to how many were read. */
  poll(): Promise<number>;
  stop(): void;
}

/**
 * Keeps this replica's index in step with every alternate question accepted on any replica:
 * reads the store every `intervalMs` (all of them at start, so a restarted replica catches up)
 * and merges what is new into the live index. A failed read is retried on the next tick.
 */
export function startLearningSync(options: { store: LearningStore; bot: Bot; intervalMs: number; logger: Logger }): LearningSync {
  const { store, bot, logger } = options;
  let lastId = 0;
  let running: Promise<number> | null = null;
  let failing = false;
  const poll = (): Promise<number> =>
    (running ??= (async () => {
      let read = 0;
      try {
        for (;;) {
          const batch = await store.acceptedSince(lastId);
          if (batch.length === 0) break;
          read += batch.length;
          const added = bot.learn(batch);
          lastId = batch[batch.length - 1]!.id;
          if (added > 0) logger.info({ added, lastId }, 'learning: alternate questions merged into the index');
        }
        failing = false;
      } catch (error) {
        // One line per outage, not one per tick.
        if (!failing) logger.warn({ err: error }, 'learning: accepted questions not read; retrying');
        failing = true;
      }
      return read;
    })().finally(() => {
      running = null;
    }));
  void poll();
  const timer = options.intervalMs > 0 ? setInterval(() => void poll(), options.intervalMs) : undefined;
  timer?.unref();
  return { poll, stop: () => clearInterval(timer) };
}
