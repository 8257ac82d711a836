import { STORED_QUESTION_CHARS } from '../../src/bot.js';
import { BotError } from '../../src/errors.js';
import { createMemoryStore } from '../../src/memory-store.js';
import type { Logger, Store } from '../../src/ports.js';
import type { ConversationState } from '../../src/understand/follow-up.js';
import type { SqlDriver, SqlValue } from './driver.js';
import { MIGRATIONS, RECORD_TABLES } from './migrations.js';
import { createHasher, normaliseQuestion, userHash } from './privacy.js';
import { queryReport, type ReportPeriod, type UsageReport } from './report.js';
import { isTransient, withTimeout } from './faults.js';
import { createWriteBuffer } from './write-buffer.js';

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
  /** Longest a claim, allow or welcome lookup may take before the store answers on its own, in ms. Default 300. */
  readTimeoutMs?: number;
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
  const writeTimeoutMs = options.writeTimeoutMs ?? 3000;
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

  // A small circuit breaker: after a failure, reads skip the database for a while, so that an
  // outage costs one timeout, not one per question.
  let downUntil = 0;
  let lastWarned = -Infinity;
  const markDown = (error: unknown, what: string) => {
    const at = performance.now();
    downUntil = at + cooldownMs;
    if (at - lastWarned < 30_000) return;
    lastWarned = at;
    logger.warn({ err: error, what, backend }, 'store: database unavailable; using process memory for now');
  };

  async function guarded<T>(what: string, work: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    if (closed || performance.now() < downUntil) return fallback();
    try {
      return await withTimeout(ensureSchema().then(work), readTimeoutMs, what);
    } catch (error) {
      markDown(error, what);
      return fallback();
    }
  }

  const buffer = createWriteBuffer({
    logger,
    isTransient,
    maxRows: options.maxBufferedRows,
    flushIntervalMs: options.flushIntervalMs,
    async write(table, rows) {
      const spec = RECORD_TABLES[table]!;
      await withTimeout(
        ensureSchema().then(() =>
          driver.insertMany(table, spec.columns, rows, { ignoreDuplicates: spec.ignoreDuplicates, timeoutMs: writeTimeoutMs }),
        ),
        writeTimeoutMs,
        `write ${table}`,
      ).catch((error: unknown) => {
        // Reads need not find out for themselves that the database is away.
        if (isTransient(error)) downUntil = performance.now() + cooldownMs;
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
    }
    return Promise.resolve();
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
    recordFeedback: (v) =>
      enqueue('feedback', () => [
        now(),
        v.platform,
        userHash(hash, v.platform, v.userId),
        v.answerKey,
        text(v.question),
        v.helpful ? 1 : 0,
      ]),
    recordClick: (c) => enqueue('clicks', () => [now(), c.platform, userHash(hash, c.platform, c.userId), c.kind, c.fromKey, c.entryId]),
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
              readTimeoutMs,
            )
          ).length > 0,
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
    async close() {
      if (closed) return;
      closed = true;
      buffer.stop();
      if (purgeTimer) clearInterval(purgeTimer);
      const done = await withTimeout(buffer.flush(), writeTimeoutMs, 'last write').catch(() => false);
      if (!done) logger.warn({ backend, lost: buffer.size }, 'store: closing with records not written');
      await withTimeout(driver.close(), writeTimeoutMs, 'close').catch((error: unknown) =>
        logger.warn({ err: error, backend }, 'store: connections not closed cleanly'),
      );
    },
  };
}
