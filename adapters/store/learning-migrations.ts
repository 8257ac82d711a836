import type { Migration } from './driver.js';

/**
 * The admin console's schema: questions an editor accepted as an entry's alternate question, or
 * rejected so that they no longer show as unanswered. Rows are only ever added: the id orders
 * them, and every replica reads those above the last it merged.
 */
export const LEARNING_MIGRATIONS: readonly Migration[] = [
  {
    version: 4,
    name: 'learned questions: alternates accepted or rejected in the admin console',
    statements: (d) => [
      `CREATE TABLE learned_questions (
        id ${d.serialKey},
        normalized TEXT NOT NULL,
        question TEXT NOT NULL,
        entry_id TEXT,
        decision TEXT NOT NULL,
        decided_at BIGINT NOT NULL
      )`,
      'CREATE INDEX learned_questions_normalized ON learned_questions (normalized)',
      // The console's list of misses, and which suggestion the same person clicked right after one.
      'CREATE INDEX questions_outcome_asked_at ON questions (outcome, asked_at)',
      'CREATE INDEX clicks_user_hash ON clicks (user_hash, clicked_at)',
    ],
  },
];
