import type { Logger } from '../../src/index.js';
import type { SqlValue } from './driver.js';
import type { Spool } from './spool.js';

/** One row waiting to be written. */
export interface PendingRow {
  table: string;
  row: SqlValue[];
  /** Called once the row is written, spooled to disk, or given up: whoever waits for it may go on. */
  done?: () => void;
}

/** What the buffer reports besides its log lines (metrics hang off these). */
export interface WriteEvents {
  dropped?(table: string, count: number, reason: string): void;
  spooled?(table: string, count: number): void;
  replayed?(count: number): void;
}

export interface WriteBufferOptions {
  /** Writes rows of one table in one statement; rejects when the database is down or slow. */
  write(table: string, rows: SqlValue[][]): Promise<void>;
  /** True for errors worth retrying (connection lost, timeout, lock); the rest drop their batch. */
  isTransient(error: unknown): boolean;
  logger: Logger;
  /** Where rows go that the database cannot take now (PostgreSQL); without one they wait in memory. */
  spool?: Spool;
  events?: WriteEvents;
  /** Rows kept in memory while the database is away and there is no spool; beyond this the oldest are dropped. Default 5000. */
  maxRows?: number;
  /** Rows per statement. Default 200. */
  batchSize?: number;
  /** How often a database that failed is tried again, in ms. Default 1000. */
  flushIntervalMs?: number;
}

export interface WriteBuffer {
  /** Queues a row; never throws and never waits. While the database is healthy, it is written at once. */
  push(pending: PendingRow): void;
  /** Writes what is queued (and replays the spool); resolves true when the queue is empty. Never rejects. */
  flush(): Promise<boolean>;
  readonly size: number;
  /**
   * The last step before exit: stops the timer, tries one last write within `timeoutMs`, and
   * spools whatever is still not written (the batch under way included). Resolves to the rows
   * neither written nor kept on disk.
   */
  close(timeoutMs: number): Promise<number>;
}

/** How often the same warning may be repeated while the database stays away. */
const WARN_EVERY_MS = 30_000;
/** How often a healthy store looks for spool files to replay. */
const REPLAY_CHECK_MS = 5_000;

const byTable = (rows: readonly PendingRow[]) => {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.table, (counts.get(r.table) ?? 0) + 1);
  return counts;
};

/**
 * The write side of the store, off the answer path. While the database answers, a row is written
 * as soon as the write before it is done (rows that arrive meanwhile go together), so a crash
 * loses at most the rows of one round trip. When a write fails, its rows go to the spool file
 * (PostgreSQL) and are replayed once the database is back, or wait in memory, bounded (SQLite,
 * whose file is local: only another process's lock keeps it away). Nothing is dropped without a
 * log line and an event.
 */
export function createWriteBuffer(options: WriteBufferOptions): WriteBuffer {
  const { logger, isTransient, spool, events } = options;
  const maxRows = options.maxRows ?? 5000;
  const batchSize = options.batchSize ?? 200;
  let queue: PendingRow[] = [];
  let inFlight: PendingRow[] = [];
  let running: Promise<boolean> | null = null;
  let dropped = 0;
  let lastWarned = -Infinity;
  let lastReplayCheck = -Infinity;
  let closed = false;
  // After a failed write, only the timer retries: pushes must not hammer a database that is down.
  let healthy = true;

  const warn = (fields: object, message: string) => {
    const now = performance.now();
    if (now - lastWarned < WARN_EVERY_MS) return;
    lastWarned = now;
    logger.warn({ ...fields, buffered: queue.length, dropped }, message);
    dropped = 0;
  };
  const finish = (rows: readonly PendingRow[]) => {
    for (const r of rows) r.done?.();
  };
  const drop = (rows: readonly PendingRow[], reason: string) => {
    for (const [table, count] of byTable(rows)) events?.dropped?.(table, count, reason);
    dropped += rows.length;
    finish(rows);
  };
  /** Rows the database could not take: to disk when there is a spool; true when kept there. */
  const toSpool = (rows: readonly PendingRow[]): boolean => {
    if (!spool || rows.length === 0) return false;
    if (!spool.append(rows)) {
      drop(rows, 'spool-failed');
      return true;
    }
    for (const [table, count] of byTable(rows)) events?.spooled?.(table, count);
    finish(rows);
    return true;
  };
  const trim = () => {
    if (queue.length <= maxRows) return;
    const oldest = queue.splice(0, queue.length - maxRows);
    drop(oldest, 'buffer-full');
    logger.warn({ dropped: oldest.length, kept: queue.length }, 'store: write buffer full; oldest records dropped');
  };

  async function replaySpool(): Promise<void> {
    if (!spool || performance.now() - lastReplayCheck < REPLAY_CHECK_MS) return;
    lastReplayCheck = performance.now();
    if (!spool.hasWork()) return;
    const count = await spool.replay(options.write, batchSize);
    if (count > 0) {
      healthy = true;
      events?.replayed?.(count);
      logger.info({ replayed: count }, 'store: spooled records written to the database');
    }
  }

  /** Writes the queue; false (rows spooled or kept) when the database failed. */
  async function writeQueue(): Promise<boolean> {
    let wrote = false;
    while (queue.length > 0) {
      // One table per statement, so a batch is all-or-nothing.
      const table = queue[0]!.table;
      const batch: PendingRow[] = [];
      const rest: PendingRow[] = [];
      for (const pending of queue) (pending.table === table && batch.length < batchSize ? batch : rest).push(pending);
      queue = rest;
      inFlight = batch;
      try {
        await options.write(
          table,
          batch.map((pending) => pending.row),
        );
        finish(batch);
        wrote = true;
      } catch (error) {
        if (!isTransient(error)) {
          logger.error({ err: error, table, dropped: batch.length }, 'store: records rejected by the database; dropped');
          drop(batch, 'rejected');
          continue;
        }
        healthy = false;
        // A batch cut off mid-write may have landed anyway: its ids make the second write harmless.
        if (toSpool([...batch, ...queue])) {
          queue = [];
          warn({ err: error }, 'store: database unavailable; records spooled to disk for a later write');
        } else {
          // No disk to go to: rows wait in memory, and whoever waits for one need not wait longer.
          queue = [...batch, ...queue].map((r) => {
            r.done?.();
            return { table: r.table, row: r.row };
          });
          trim();
          warn({ err: error }, 'store: database unavailable; records kept for a later write');
        }
        return false;
      } finally {
        inFlight = [];
      }
    }
    if (wrote) healthy = true;
    return true;
  }

  async function drain(): Promise<boolean> {
    do {
      if (!(await writeQueue())) return false;
      try {
        await replaySpool();
      } catch (error) {
        if (!isTransient(error)) logger.error({ err: error }, 'store: spooled records rejected by the database; kept on disk');
        else warn({ err: error }, 'store: database unavailable while replaying the spool; will retry');
        lastReplayCheck = -Infinity;
        return false;
      }
      // Rows that came in during the replay go now, not on the next tick of the timer.
    } while (queue.length > 0);
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
      if (closed) {
        if (!toSpool([pending])) drop([pending], 'closed');
        return;
      }
      // While the database is away, a row someone waits for (a vote) goes to disk at once; with no
      // disk to go to (SQLite locked by another process) it waits in memory like the rest.
      if (!healthy && pending.done) {
        if (toSpool([pending])) return;
        pending.done();
        pending = { table: pending.table, row: pending.row };
      }
      queue.push(pending);
      trim();
      if (healthy) void flush();
    },
    flush,
    get size() {
      return queue.length;
    },
    async close(timeoutMs) {
      closed = true;
      clearInterval(timer);
      let timeout: NodeJS.Timeout | undefined;
      const late = new Promise<false>((resolve) => (timeout = setTimeout(() => resolve(false), timeoutMs)));
      // One last write: a database that is away fails it at once, and the rows go to disk.
      const done = await Promise.race([flush(), late]);
      clearTimeout(timeout);
      if (done && queue.length === 0) return 0;
      const left = [...inFlight, ...queue];
      queue = [];
      if (toSpool(left)) {
        logger.warn({ spooled: left.length }, 'store: closing with records not written; spooled for the next start');
        return 0;
      }
      drop(left, 'closed');
      if (left.length > 0) logger.warn({ lost: left.length }, 'store: closing with records not written');
      return left.length;
    },
  };
}
