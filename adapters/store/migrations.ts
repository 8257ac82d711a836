import type { Migration } from './driver.js';
import { LEARNING_MIGRATIONS } from './learning-migrations.js';

/**
 * The schema, one version at a time. Never edit a migration that has shipped: add the next
 * version instead, since databases out there already recorded the old one as applied.
 *
 * Times are epoch milliseconds in BIGINT columns and votes are 0/1 in SMALLINT columns, so the
 * same SQL reads the same way on SQLite and PostgreSQL. User ids are only ever HMAC digests.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records and shared state',
    statements: (d) => [
      `CREATE TABLE questions (
        id ${d.serialKey},
        asked_at BIGINT NOT NULL,
        platform TEXT NOT NULL,
        channel_type TEXT,
        user_hash TEXT,
        question TEXT,
        normalized TEXT,
        outcome TEXT NOT NULL,
        entry_id TEXT,
        confidence DOUBLE PRECISION NOT NULL,
        latency_ms DOUBLE PRECISION NOT NULL
      )`,
      'CREATE INDEX questions_asked_at ON questions (asked_at)',
      `CREATE TABLE feedback (
        id ${d.serialKey},
        voted_at BIGINT NOT NULL,
        platform TEXT NOT NULL,
        user_hash TEXT,
        answer_key TEXT NOT NULL,
        question TEXT,
        helpful SMALLINT NOT NULL
      )`,
      'CREATE INDEX feedback_voted_at ON feedback (voted_at)',
      `CREATE TABLE clicks (
        id ${d.serialKey},
        clicked_at BIGINT NOT NULL,
        platform TEXT NOT NULL,
        user_hash TEXT,
        kind TEXT NOT NULL,
        from_key TEXT,
        entry_id TEXT NOT NULL
      )`,
      'CREATE INDEX clicks_clicked_at ON clicks (clicked_at)',
      `CREATE TABLE welcomes (
        platform TEXT NOT NULL,
        user_hash TEXT NOT NULL,
        place TEXT NOT NULL,
        welcomed_at BIGINT NOT NULL,
        PRIMARY KEY (platform, user_hash, place)
      )`,
      'CREATE INDEX welcomes_welcomed_at ON welcomes (welcomed_at)',
      `CREATE TABLE claims (
        key TEXT PRIMARY KEY,
        expires_at BIGINT NOT NULL
      )`,
      'CREATE INDEX claims_expires_at ON claims (expires_at)',
      `CREATE TABLE rate_limits (
        key TEXT PRIMARY KEY,
        window_start BIGINT NOT NULL,
        hits INTEGER NOT NULL,
        expires_at BIGINT NOT NULL
      )`,
      'CREATE INDEX rate_limits_expires_at ON rate_limits (expires_at)',
    ],
  },
  {
    version: 2,
    name: 'conversation state',
    statements: () => [
      // What a thread or DM last talked about, so that any replica can read a follow-up.
      `CREATE TABLE conversations (
        key TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        expires_at BIGINT NOT NULL
      )`,
      'CREATE INDEX conversations_expires_at ON conversations (expires_at)',
    ],
  },
  {
    version: 3,
    name: 'record ids: idempotent writes, one vote per person and answer',
    statements: () => [
      // Each record carries the id it was given where it was made: a batch written twice (a
      // timeout whose insert still committed, a replay of the spool) lands once.
      'ALTER TABLE questions ADD COLUMN record_id TEXT',
      'CREATE UNIQUE INDEX questions_record_id ON questions (record_id)',
      'ALTER TABLE clicks ADD COLUMN record_id TEXT',
      'CREATE UNIQUE INDEX clicks_record_id ON clicks (record_id)',
      // A vote's id is who voted on what: a second click changes the vote instead of adding one.
      // Votes cast before this version count once per person and answer too: their latest.
      'ALTER TABLE feedback ADD COLUMN record_id TEXT',
      `DELETE FROM feedback WHERE user_hash IS NOT NULL AND id NOT IN (
        SELECT MAX(id) FROM feedback WHERE user_hash IS NOT NULL GROUP BY platform, user_hash, answer_key
      )`,
      `UPDATE feedback SET record_id = 'vote:' || platform || ':' || user_hash || ':' || answer_key WHERE user_hash IS NOT NULL`,
      'CREATE UNIQUE INDEX feedback_record_id ON feedback (record_id)',
      // A digest of the salt user ids are hashed with: a store opened with another salt is refused.
      `CREATE TABLE store_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      )`,
    ],
  },
  ...LEARNING_MIGRATIONS,
];

/** The tables records are buffered for: their columns in the order the store builds rows, and what a repeated id does. */
export const RECORD_TABLES: Record<string, { columns: string[]; onConflict: string }> = {
  questions: {
    columns: [
      'record_id',
      'asked_at',
      'platform',
      'channel_type',
      'user_hash',
      'question',
      'normalized',
      'outcome',
      'entry_id',
      'confidence',
      'latency_ms',
    ],
    onConflict: 'ON CONFLICT DO NOTHING',
  },
  feedback: {
    columns: ['record_id', 'voted_at', 'platform', 'user_hash', 'answer_key', 'question', 'helpful'],
    // The latest click wins, whichever replica or retry writes last.
    onConflict: `ON CONFLICT (record_id) DO UPDATE SET helpful = excluded.helpful, voted_at = excluded.voted_at, question = excluded.question
      WHERE feedback.voted_at <= excluded.voted_at`,
  },
  clicks: {
    columns: ['record_id', 'clicked_at', 'platform', 'user_hash', 'kind', 'from_key', 'entry_id'],
    onConflict: 'ON CONFLICT DO NOTHING',
  },
  // A welcome is remembered once; a second record of it is not an error.
  welcomes: { columns: ['platform', 'user_hash', 'place', 'welcomed_at'], onConflict: 'ON CONFLICT DO NOTHING' },
};
