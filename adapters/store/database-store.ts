import { BotError, createMemoryStore, STORED_QUESTION_CHARS, type ConversationState, type Logger, type Store } from '../../src/index.js';
import type { SqlDriver, SqlValue } from './driver.js';
import { MIGRATIONS, RECORD_TABLES } from './migrations.js';
import { createHasher, normaliseQuestion, userHash } from './privacy.js';
import { queryReport, type ReportPeriod, type UsageReport } from './report.js';
import { randomUUID } from 'node:crypto';
import { isTimeout, isTransient, isUnreachable, withTimeout } from './faults.js';
import { createSpool } from './spool.js';
import { createLearningStore, type AdminStore } from './learning-store.js';
import { createWriteBuffer, type WriteEvents } from './write-buffer.js';

export interface DatabaseStoreOptions {
  /** Secret for hashing user ids and shared-state keys; the same in every replica. */
  salt: string;
  /** False keeps no question text at all (reports then group unanswered questions as one). Default true. */
  keepQuestionText?: boolean;
  /** Records older than this are deleted by the scheduled purge. */
  retentionDays: number;
  logger: Logger;
  /** Wall clock in epoch ms, for record times and expiry. Default `Date.now`. */
  now?: () => number;
  /** Longest an allow, conversation or welcome lookup may take before the store answers on its own, in ms. Default 300. */
  readTimeoutMs?: number;
  /**
   * Longest a claim (event dedup) may wait for the database before it counts as unreachable and
   * the claim is answered from process memory, in ms. Longer than reads: a busy database must not
   * let a duplicate through, and the platforms have been acknowledged by then. Default 2000.
   */
  claimTimeoutMs?: number;
  /** Longest a batch write or a migration may take, in ms. Default 3000. */
  writeTimeoutMs?: number;
  /** After a failure, how long reads skip the database and answer from memory, in ms. Default 5000. */
  cooldownMs?: number;
  /** How often buffered records are written, in ms. Default 1000. */
  flushIntervalMs?: number;
  /** Records kept while the database is away. Default 5000. */
  maxBufferedRows?: number;
  /** How often old records are purged, in ms; false for never (one-shot commands). Default 6 hours. */
  purgeIntervalMs?: number | false;
  /**
   * PostgreSQL: the folder where records the database cannot take are kept on disk until it can
   * (STORE_SPOOL_DIR), replayed after a restart too. Without it they wait in memory (maxBufferedRows).
   */
  spoolDir?: string;
  /** What the spool is for (host, port, database, schema), so that it is replayed into that database only. */
  spoolTarget?: string;
  /** Reports for metrics: records dropped, spooled, replayed; claims and lookups answered from memory. */
  events?: StoreEvents;
  /**
   * The salt is checked against the digest kept in the database: `enforce` refuses a different
   * one (every hashed user id would change), `reset` records the new one (STORE_NEW_SALT),
   * `skip` checks nothing (one-shot readers with a throwaway salt). Default `enforce`.
   */
  saltCheck?: 'enforce' | 'reset' | 'skip';
}

/** What the store reports besides its log lines. */
export interface StoreEvents extends WriteEvents {
  /** A claim or lookup answered from process memory because the database could not be reached. */
  failOpen?(operation: string): void;
}

export interface PurgeResult {
  questions: number;
  feedback: number;
  clicks: number;
  welcomes: number;
  claims: number;
  rateLimits: number;
  conversations: number;
}

/** The store backed by SQLite or PostgreSQL, plus what maintainers and the composition root need. */
export interface DatabaseStore extends Required<Store> {
  readonly backend: 'sqlite' | 'postgres';
  /** Records waiting to be written (the database is slow or away, or the timer has not fired yet). */
  readonly buffered: number;
  /** The usage report. @throws {BotError} code `STORE_FAILED` when the database cannot be read. */
  report(period: ReportPeriod): Promise<UsageReport>;
  /** Deletes records older than the retention and expired shared state. */
  purge(): Promise<PurgeResult>;
  /** Writes buffered records now; resolves true when none are left. Never rejects. */
  flush(): Promise<boolean>;
  /** The admin console's reads and the learning loop (accepted and rejected questions). */
  readonly learning: AdminStore;
}

const DAY_MS = 86_400_000;

/** A stored conversation state, or null when it is not one (a row from a newer or older version). */
function parseConversation(text: string): ConversationState | null {
  try {
    const state = JSON.parse(text) as ConversationState;
    return typeof state.question === 'string' && Array.isArray(state.topics) ? state : null;
  } catch {
    return null;
  }
}
const REPORT_TIMEOUT_MS = 15_000;

/**
 * Opens the store over a driver: applies migrations (a database that is away at start is
 * retried later, not fatal), then schedules buffered writes and the retention purge.
 *
 * Writes never wait: they are queued and written in batches off the answer path. Reads
 * (`claim`, `allow`, `hasWelcomed`) are bounded by `readTimeoutMs`; when the database fails
 * they are answered from process memory, as a single replica would, so nothing is refused.
 */
export async function openDatabaseStore(driver: SqlDriver, options: DatabaseStoreOptions): Promise<DatabaseStore> {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const readTimeoutMs = options.readTimeoutMs ?? 300;
  const claimTimeoutMs = options.claimTimeoutMs ?? 2000;
  const writeTimeoutMs = options.writeTimeoutMs ?? 3000;
  const events = options.events ?? {};
  const cooldownMs = options.cooldownMs ?? 5000;
  const keepText = options.keepQuestionText ?? true;
  const hash = createHasher(options.salt);
  // Process memory: the fallback while the database is away, and what this process has claimed.
  const local = createMemoryStore({ clock: { now } });
  const backend = driver.dialect.kind;
  let closed = false;

  let migrated = false;
  let migrating: Promise<void> | null = null;
  const ensureSchema = (): Promise<void> => {
    if (migrated) return Promise.resolve();
    migrating ??= withTimeout(driver.migrate(MIGRATIONS, writeTimeoutMs), writeTimeoutMs, 'migrations')
      .then((applied) => {
        migrated = true;
        if (applied.length > 0) logger.info({ backend, applied }, 'store: migrations applied');
      })
      .finally(() => {
        migrating = null;
      });
    return migrating;
  };

  // A small circuit breaker: once the database cannot be reached, reads skip it for a while, so
  // that an outage costs one timeout, not one per question. A database that is merely busy or
  // slow (a timeout, a lock) does not trip it: shared state must not fall back to process memory,
  // where replicas no longer see each other's claims, for want of a little patience.
  let downUntil = 0;
  let lastWarned = -Infinity;
  let failOpens = 0;
  const markDown = (error: unknown, what: string) => {
    const at = performance.now();
    downUntil = at + cooldownMs;
    if (at - lastWarned < 30_000) return;
    lastWarned = at;
    logger.warn({ err: error, what, backend, answeredFromMemory: failOpens }, 'store: database unavailable; using process memory for now');
    failOpens = 0;
  };
  const failOpen = (what: string) => {
    failOpens += 1;
    events.failOpen?.(what);
  };

  // Those waiting on the database when it is found gone are answered from memory at once, not
  // one timeout after another.
  const signal = () => {
    let reject: (reason: Error) => void = () => undefined;
    const promise = new Promise<never>((_, fail) => (reject = fail));
    promise.catch(() => undefined);
    return { promise, reject };
  };
  let gone = signal();
  const giveUp = (error: unknown) => {
    const reason = error instanceof Error ? error : new Error(String(error));
    gone.reject(reason);
    gone = signal();
    driver.abortWaiting(reason);
  };

  /**
   * Runs a lookup against the database, or answers it from memory when the database is gone. A
   * claim is bounded by the driver's round trip (`claimTimeoutMs` once sent: a queue of claims
   * behind a burst is waited out); other lookups by `readTimeoutMs` overall.
   */
  async function guarded<T>(what: string, work: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    if (closed || performance.now() < downUntil) {
      failOpen(what);
      return fallback();
    }
    try {
      const attempt = ensureSchema().then(work);
      return await Promise.race([what === 'claim' ? attempt : withTimeout(attempt, readTimeoutMs, what), gone.promise]);
    } catch (error) {
      // A claim that waited this long for its answer counts the database as gone; other lookups just use memory this once.
      if (isUnreachable(error) || (what === 'claim' && isTimeout(error))) {
        markDown(error, what);
        giveUp(error);
      }
      failOpen(what);
      return fallback();
    }
  }

  const spool =
    backend === 'postgres' && options.spoolDir
      ? createSpool({ dir: options.spoolDir, target: options.spoolTarget ?? 'postgres', logger })
      : undefined;
  const buffer = createWriteBuffer({
    logger,
    isTransient,
    spool,
    events,
    maxRows: options.maxBufferedRows,
    flushIntervalMs: options.flushIntervalMs,
    async write(table, rows) {
      const spec = RECORD_TABLES[table]!;
      const unique = table === 'feedback' ? latestVotes(rows) : rows;
      await withTimeout(
        ensureSchema().then(() =>
          driver.insertMany(table, spec.columns, unique, { onConflict: spec.onConflict, timeoutMs: writeTimeoutMs }),
        ),
        writeTimeoutMs,
        `write ${table}`,
      ).catch((error: unknown) => {
        // Reads need not find out for themselves that the database is gone (a lock or a slow write is not that).
        if (isUnreachable(error)) downUntil = performance.now() + cooldownMs;
        throw error;
      });
    },
  });

  const enqueue = (table: string, build: () => SqlValue[]): Promise<void> => {
    if (closed) return Promise.resolve();
    try {
      buffer.push({ table, row: build() });
    } catch (error) {
      logger.warn({ err: error, table }, 'store: record not kept');
      events.dropped?.(table, 1, 'invalid');
    }
    return Promise.resolve();
  };
  /** Queues a row and resolves once it is written or on disk (or given up), within the write timeout. */
  const enqueueDurably = (table: string, build: () => SqlValue[]): Promise<void> => {
    if (closed) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, writeTimeoutMs + 1000);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      try {
        buffer.push({ table, row: build(), done });
      } catch (error) {
        logger.warn({ err: error, table }, 'store: record not kept');
        events.dropped?.(table, 1, 'invalid');
        done();
      }
    });
  };
  const text = (question: string | undefined) => (keepText && question !== undefined ? question.slice(0, STORED_QUESTION_CHARS) : null);

  async function purge(): Promise<PurgeResult> {
    const at = now();
    const cutoff = at - options.retentionDays * DAY_MS;
    await ensureSchema();
    const del = (sql: string, param: number) => driver.execute(sql, [param], writeTimeoutMs);
    return {
      questions: await del('DELETE FROM questions WHERE asked_at < $1', cutoff),
      feedback: await del('DELETE FROM feedback WHERE voted_at < $1', cutoff),
      clicks: await del('DELETE FROM clicks WHERE clicked_at < $1', cutoff),
      // Welcomes go too: a hashed id is still personal data. Someone may be welcomed again after that.
      welcomes: await del('DELETE FROM welcomes WHERE welcomed_at < $1', cutoff),
      claims: await del('DELETE FROM claims WHERE expires_at <= $1', at),
      rateLimits: await del('DELETE FROM rate_limits WHERE expires_at <= $1', at),
      conversations: await del('DELETE FROM conversations WHERE expires_at <= $1', at),
    };
  }
  const scheduledPurge = () =>
    purge().then(
      (deleted) => logger.info({ backend, deleted, retentionDays: options.retentionDays }, 'store: retention purge done'),
      (error: unknown) => logger.warn({ err: error, backend }, 'store: retention purge failed; next run will retry'),
    );

  try {
    await ensureSchema();
  } catch (error) {
    downUntil = performance.now() + cooldownMs;
    logger.warn({ err: error, backend }, 'store: database unavailable at start; answering anyway, will retry');
  }
  if (migrated && (options.saltCheck ?? 'enforce') !== 'skip') {
    try {
      await checkSalt(driver, hash, options.saltCheck === 'reset', writeTimeoutMs);
    } catch (error) {
      if (error instanceof BotError) {
        spool?.close();
        buffer.close(0).catch(() => undefined);
        await driver.close().catch(() => undefined);
        throw error;
      }
      logger.warn({ err: error, backend }, 'store: the salt could not be checked against the database');
    }
  }
  const purgeTimer = options.purgeIntervalMs === false ? undefined : setInterval(scheduledPurge, options.purgeIntervalMs ?? 6 * 3_600_000);
  purgeTimer?.unref();
  if (purgeTimer) void scheduledPurge();

  return {
    backend,
    get buffered() {
      return buffer.size;
    },
    recordQuestion: (r) =>
      enqueue('questions', () => [
        r.id ?? randomUUID(),
        now(),
        r.platform,
        r.channelType ?? null,
        userHash(hash, r.platform, r.userId),
        text(r.question),
        keepText ? normaliseQuestion(r.question) : null,
        r.outcome,
        r.entryId,
        r.confidence,
        r.latencyMs,
      ]),
    // Resolves once the vote is stored (or on disk): "Thanks" is shown for a vote that is kept.
    recordFeedback: (v) =>
      enqueueDurably('feedback', () => {
        const user = userHash(hash, v.platform, v.userId);
        const answerKey = v.answerKey.slice(0, MAX_KEY_CHARS);
        // One vote per person and answer: its id is who voted on what.
        const id = user ? `vote:${v.platform}:${user}:${answerKey}` : randomUUID();
        return [id, now(), v.platform, user, answerKey, text(v.question), v.helpful ? 1 : 0];
      }),
    recordClick: (c) =>
      enqueue('clicks', () => [
        c.id ?? randomUUID(),
        now(),
        c.platform,
        userHash(hash, c.platform, c.userId),
        c.kind,
        c.fromKey?.slice(0, MAX_KEY_CHARS) ?? null,
        c.entryId.slice(0, MAX_KEY_CHARS),
      ]),
    recordWelcome(w) {
      void local.recordWelcome(w);
      return enqueue('welcomes', () => [w.platform, userHash(hash, w.platform, w.userId), w.place, now()]);
    },
    async hasWelcomed(w) {
      if (await local.hasWelcomed(w)) return true;
      // Unsure (database away) counts as welcomed: a missed welcome goes unnoticed, a second one looks broken.
      return guarded(
        'hasWelcomed',
        async () =>
          (
            await driver.query(
              'SELECT 1 AS found FROM welcomes WHERE platform = $1 AND user_hash = $2 AND place = $3',
              [w.platform, userHash(hash, w.platform, w.userId), w.place],
              readTimeoutMs,
            )
          ).length > 0,
        async () => true,
      );
    },
    async claim(key, ttlMs) {
      // Kept in process memory as well, whatever the database says: an event first seen before an
      // outage and delivered again during it (or the other way round) must not pass twice.
      if (!(await local.claim(key, ttlMs))) return false;
      const at = now();
      // Keys hold user ids (rate notices) and event ids: only their digest is stored. One atomic
      // statement: the insert wins for a new key; for a taken key the update runs only once it has
      // expired, so a live claim is never stolen and RETURNING tells the winner.
      return guarded(
        'claim',
        async () =>
          (
            await driver.query(
              `INSERT INTO claims (key, expires_at) VALUES ($1, $2)
               ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE claims.expires_at <= $3
               RETURNING key`,
              [hash(`claim:${key}`), at + ttlMs, at],
              claimTimeoutMs,
            )
          ).length > 0,
        // Fails open only when the database is unreachable: answering twice beats not answering.
        async () => true,
      );
    },
    allow(key, limit, windowMs) {
      // A fixed window: one row per key and one atomic upsert per use. Across a window boundary it
      // may let up to twice the limit through, which is fine for keeping spam down.
      const windowStart = Math.floor(now() / windowMs) * windowMs;
      return guarded(
        'allow',
        async () => {
          const rows = await driver.query(
            `INSERT INTO rate_limits (key, window_start, hits, expires_at) VALUES ($1, $2, 1, $3)
             ON CONFLICT (key) DO UPDATE SET
               hits = CASE WHEN rate_limits.window_start = excluded.window_start THEN rate_limits.hits + 1 ELSE 1 END,
               window_start = excluded.window_start,
               expires_at = excluded.expires_at
             RETURNING hits`,
            [hash(`rate:${windowMs}:${key}`), windowStart, windowStart + windowMs],
            readTimeoutMs,
          );
          return Number(rows[0]?.hits ?? 1) <= limit;
        },
        () => local.allow(key, limit, windowMs),
      );
    },
    async loadConversation(key) {
      const at = now();
      return guarded(
        'loadConversation',
        async () => {
          const rows = await driver.query(
            'SELECT state FROM conversations WHERE key = $1 AND expires_at > $2',
            [hash(`conversation:${key}`), at],
            readTimeoutMs,
          );
          return rows[0] ? parseConversation(String(rows[0].state)) : null;
        },
        () => local.loadConversation(key),
      );
    },
    async saveConversation(key, state, ttlMs) {
      // Also kept here, so that this replica still follows the thread while the database is away.
      await local.saveConversation(key, state, ttlMs);
      const at = now();
      await guarded(
        'saveConversation',
        async () => {
          await driver.query(
            `INSERT INTO conversations (key, state, expires_at) VALUES ($1, $2, $3)
             ON CONFLICT (key) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at
             RETURNING key`,
            [hash(`conversation:${key}`), JSON.stringify(state), at + ttlMs],
            readTimeoutMs,
          );
        },
        async () => {},
      );
    },
    async report(period) {
      try {
        return await withTimeout(
          ensureSchema().then(() => queryReport(driver, period, REPORT_TIMEOUT_MS)),
          REPORT_TIMEOUT_MS,
          'report',
        );
      } catch (error) {
        const where = backend === 'postgres' ? 'DATABASE_URL' : 'STORE_PATH';
        throw new BotError('STORE_FAILED', `The usage report could not be read from ${backend}:`, [
          `${(error as Error).message ?? String(error)}. Check that the database is up and that ${where} points to it.`,
        ]);
      }
    },
    purge,
    flush: () => buffer.flush(),
    learning: createLearningStore(driver, { ensureSchema, now, timeoutMs: REPORT_TIMEOUT_MS }),
    async close() {
      if (closed) return;
      closed = true;
      if (purgeTimer) clearInterval(purgeTimer);
      // Written, or kept in the spool for the next start; only without a spool can rows be lost here.
      await buffer.close(writeTimeoutMs);
      spool?.close();
      await withTimeout(driver.close(), writeTimeoutMs, 'close').catch((error: unknown) =>
        logger.warn({ err: error, backend }, 'store: connections not closed cleanly'),
      );
    },
  };
}

/**
 * User ids are stored as digests under the salt, so a store opened with another salt splits every
 * person in two. The database keeps a digest of the salt; a different one stops the start, unless
 * the operator says to start over (STORE_NEW_SALT=true).
 */
async function checkSalt(driver: SqlDriver, hash: (value: string) => string, reset: boolean, timeoutMs: number): Promise<void> {
  const digest = hash('store-salt-check');
  const rows = await driver.query('SELECT value FROM store_meta WHERE key = $1', ['salt'], timeoutMs);
  const stored = rows[0]?.value;
  if (stored === digest) return;
  if (stored !== undefined && !reset) {
    throw new BotError('CONFIG_INVALID', 'The store was written with another salt:', [
      'STORE_SALT (or data/.salt beside the SQLite file) is not the salt the stored user ids were hashed with, so every person would count as new. ' +
        'Restore the salt it was written with; or, to start over with this one (past records keep their old hashes), set STORE_NEW_SALT=true once.',
    ]);
  }
  await driver.query(
    'INSERT INTO store_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value RETURNING key',
    ['salt', digest],
    timeoutMs,
  );
}

/** Longest answer key or entry id kept: real ones are ids of a few words (a comparison joins up to three). */
const MAX_KEY_CHARS = 200;

/** Votes of one batch, one per id (the latest): an upsert may touch a row once per statement. */
function latestVotes(rows: SqlValue[][]): SqlValue[][] {
  const byId = new Map<SqlValue, SqlValue[]>();
  for (const row of rows) {
    const seen = byId.get(row[0]!);
    if (!seen || Number(seen[1]) <= Number(row[1])) byId.set(row[0]!, row);
  }
  return [...byId.values()];
}
