import type { Logger } from '../../src/ports.js';
import type { SqlValue } from './driver.js';

/** One row waiting to be written. */
export interface PendingRow {
  table: string;
  row: SqlValue[];
}

export interface WriteBufferOptions {
  /** Writes rows of one table in one statement; rejects when the database is down or slow. */
  write(table: string, rows: SqlValue[][]): Promise<void>;
  /** True for errors worth retrying (connection lost, timeout, lock); the rest drop their batch. */
  isTransient(error: unknown): boolean;
  logger: Logger;
  /** Rows kept while the database is away; beyond this the oldest are dropped. Default 5000. */
  maxRows?: number;
  /** Rows per statement. Default 200. */
  batchSize?: number;
  /** How often buffered rows are written, in ms. Default 1000. */
  flushIntervalMs?: number;
}

export interface WriteBuffer {
  /** Queues a row; never throws and never waits. */
  push(pending: PendingRow): void;
  /** Writes what is queued; resolves true when the queue is empty. Never rejects. */
  flush(): Promise<boolean>;
  readonly size: number;
  /** Stops the timer; queued rows stay until a last `flush()`. */
  stop(): void;
}

/** How often the same warning may be repeated while the database stays away. */
const WARN_EVERY_MS = 30_000;

/**
 * The write side of the store. Writing happens on a timer, off the answer path; while the
 * database is away rows wait here, bounded, and the oldest go first when it overflows.
 */
export function createWriteBuffer(options: WriteBufferOptions): WriteBuffer {
  const { logger, isTransient } = options;
  const maxRows = options.maxRows ?? 5000;
  const batchSize = options.batchSize ?? 200;
  let queue: PendingRow[] = [];
  let running: Promise<boolean> | null = null;
  let dropped = 0;
  let lastWarned = -Infinity;
  // After a failed write, only the timer retries: pushes must not hammer a database that is down.
  let healthy = true;

  const warn = (fields: object, message: string) => {
    const now = performance.now();
    if (now - lastWarned < WARN_EVERY_MS) return;
    lastWarned = now;
    logger.warn({ ...fields, buffered: queue.length, dropped }, message);
    dropped = 0;
  };
  const trim = () => {
    if (queue.length <= maxRows) return;
    dropped += queue.length - maxRows;
    queue.splice(0, queue.length - maxRows);
    warn({}, 'store: write buffer full; oldest records dropped');
  };

  async function drain(): Promise<boolean> {
    while (queue.length > 0) {
      // One table per statement, so a batch is all-or-nothing and a retry never duplicates half of it.
      const table = queue[0]!.table;
      const batch: PendingRow[] = [];
      const rest: PendingRow[] = [];
      for (const pending of queue) (pending.table === table && batch.length < batchSize ? batch : rest).push(pending);
      queue = rest;
      try {
        await options.write(
          table,
          batch.map((pending) => pending.row),
        );
      } catch (error) {
        if (!isTransient(error)) {
          logger.error({ err: error, table, dropped: batch.length }, 'store: records rejected by the database; dropped');
          continue;
        }
        queue = [...batch, ...queue];
        trim();
        warn({ err: error }, 'store: database unavailable; records kept for a later write');
        healthy = false;
        return false;
      }
    }
    healthy = true;
    return true;
  }

  const timer = setInterval(() => void flush(), options.flushIntervalMs ?? 1000);
  // A pending analytics write must not keep a finished process alive.
  timer.unref();

  function flush(): Promise<boolean> {
    running ??= drain().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    push(pending) {
      queue.push(pending);
      trim();
      if (healthy && queue.length >= batchSize) void flush();
    },
    flush,
    get size() {
      return queue.length;
    },
    stop() {
      clearInterval(timer);
    },
  };
}
