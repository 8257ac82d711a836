import type { SqlDriver, SqlValue } from './driver.js';
import { withTimeout } from './faults.js';
import { normaliseQuestion } from './privacy.js';
import { UNANSWERED_OUTCOMES } from './report.js';

/** An accepted alternate question, as every replica reads it: the id orders them. */
export interface AcceptedQuestion {
  id: number;
  entryId: string;
  question: string;
}

/**
 * The learning loop's port: what an editor decided about a question, shared by every replica.
 * Accepting adds the question as an alternate of an entry; rejecting hides it from the list.
 */
export interface LearningStore {
  /** Stores `question` as an alternate question of `entryId`. */
  accept(question: string, entryId: string): Promise<void>;
  /** Hides `question` (and every variant that normalises the same) from the unanswered list. */
  reject(question: string): Promise<void>;
  /** Accepted alternates with an id above `afterId`, oldest first, at most `limit`. */
  acceptedSince(afterId: number, limit?: number): Promise<AcceptedQuestion[]>;
}

/** One day and platform of the overview. `day` is the UTC date, `2026-11-30`. */
export interface DailyCounts {
  day: string;
  platform: string;
  questions: number;
  answered: number;
  unanswered: number;
  up: number;
  down: number;
}

/** Questions asked the same way (same normalised text) that the bot declined or only guessed at. */
export interface MissedQuestion {
  normalized: string;
  /** One way it was asked. */
  question: string;
  count: number;
  /** Of `count`, how many were declined outright (the rest got "did you mean" choices). */
  declined: number;
  firstAskedAt: number;
  lastAskedAt: number;
  platforms: Record<string, number>;
  /** Entries people opened from a suggestion within ten minutes after asking, with how often. */
  clickedAfter: Record<string, number>;
}

/** An answer with 👎 votes, and the questions that the 👎 voters had asked. */
export interface RatedAnswer {
  answerKey: string;
  up: number;
  down: number;
  questions: string[];
}

/** What the admin console reads, over a period (epoch ms, `since` included, `until` not). */
export interface ConsoleReads {
  daily(since: number, until: number): Promise<DailyCounts[]>;
  /** The most asked misses not yet accepted or rejected, most asked first. */
  missed(since: number, until: number, limit: number): Promise<MissedQuestion[]>;
  lowestRated(since: number, until: number, limit: number): Promise<RatedAnswer[]>;
}

/** The console's store: its reads and the learning loop's writes. */
export type AdminStore = LearningStore & ConsoleReads;

export interface LearningStoreOptions {
  /** Resolves once the schema is in place (the database store's migrations). */
  ensureSchema(): Promise<void>;
  now(): number;
  /** Longest a statement may take, in ms. */
  timeoutMs: number;
}

const DAY_MS = 86_400_000;
/** A click this soon after a miss, by the same person, is taken as what they meant. */
const CLICK_WINDOW_MS = 10 * 60_000;
const n = (value: unknown) => Number(value ?? 0);
const MISSED = UNANSWERED_OUTCOMES.map((o) => `'${o}'`).join(', ');

/** The console's reads and the learning writes over one driver; both databases take the same SQL. */
export function createLearningStore(driver: SqlDriver, options: LearningStoreOptions): AdminStore {
  const run = <T>(what: string, work: () => Promise<T>) => withTimeout(options.ensureSchema().then(work), options.timeoutMs, what);
  const q = (sql: string, params: SqlValue[]) => driver.query(sql, params, options.timeoutMs);
  const decide = (question: string, entryId: string | null, decision: 'accepted' | 'rejected') =>
    run(`learning ${decision}`, () =>
      driver.execute(
        'INSERT INTO learned_questions (normalized, question, entry_id, decision, decided_at) VALUES ($1, $2, $3, $4, $5)',
        [normaliseQuestion(question), question, entryId, decision, options.now()],
        options.timeoutMs,
      ),
    ).then(() => undefined);
  /** `$from, $from+1, ...` for a list bound after `from - 1` other parameters. */
  const list = (values: readonly string[], from: number) => values.map((_, i) => `$${from + i}`).join(', ');

  return {
    accept: (question, entryId) => decide(question, entryId, 'accepted'),
    reject: (question) => decide(question, null, 'rejected'),
    acceptedSince: (afterId, limit = 500) =>
      run('learning poll', async () =>
        (
          await q(
            `SELECT id, entry_id, question FROM learned_questions
             WHERE decision = 'accepted' AND id > $1 ORDER BY id LIMIT $2`,
            [afterId, limit],
          )
        ).map((r) => ({ id: n(r.id), entryId: String(r.entry_id), question: String(r.question) })),
      ),

    daily: (since, until) =>
      run('console daily', async () => {
        const [asked, voted] = await Promise.all([
          q(
            `SELECT asked_at / ${DAY_MS} AS day, platform, COUNT(*) AS questions,
               SUM(CASE WHEN outcome = 'answer' THEN 1 ELSE 0 END) AS answered,
               SUM(CASE WHEN outcome IN (${MISSED}) THEN 1 ELSE 0 END) AS unanswered
             FROM questions WHERE asked_at >= $1 AND asked_at < $2
             GROUP BY asked_at / ${DAY_MS}, platform`,
            [since, until],
          ),
          q(
            `SELECT voted_at / ${DAY_MS} AS day, platform, SUM(helpful) AS up, COUNT(*) - SUM(helpful) AS down
             FROM feedback WHERE voted_at >= $1 AND voted_at < $2
             GROUP BY voted_at / ${DAY_MS}, platform`,
            [since, until],
          ),
        ]);
        const rows = new Map<string, DailyCounts>();
        const row = (day: unknown, platform: unknown) => {
          const date = new Date(Math.floor(n(day)) * DAY_MS).toISOString().slice(0, 10);
          const key = `${date} ${String(platform)}`;
          let counts = rows.get(key);
          if (!counts) {
            counts = { day: date, platform: String(platform), questions: 0, answered: 0, unanswered: 0, up: 0, down: 0 };
            rows.set(key, counts);
          }
          return counts;
        };
        for (const r of asked)
          Object.assign(row(r.day, r.platform), { questions: n(r.questions), answered: n(r.answered), unanswered: n(r.unanswered) });
        for (const r of voted) Object.assign(row(r.day, r.platform), { up: n(r.up), down: n(r.down) });
        return [...rows.values()].sort((a, b) => a.day.localeCompare(b.day) || a.platform.localeCompare(b.platform));
      }),

    missed: (since, until, limit) =>
      run('console missed', async () => {
        const groups = await q(
          `SELECT normalized, MIN(question) AS example, COUNT(*) AS n, MIN(asked_at) AS first, MAX(asked_at) AS last,
             SUM(CASE WHEN outcome = 'decline' THEN 1 ELSE 0 END) AS declined
           FROM questions
           WHERE asked_at >= $1 AND asked_at < $2 AND outcome IN (${MISSED}) AND normalized IS NOT NULL AND normalized <> ''
             AND normalized NOT IN (SELECT normalized FROM learned_questions)
           GROUP BY normalized ORDER BY n DESC, last DESC, normalized LIMIT $3`,
          [since, until, limit],
        );
        if (groups.length === 0) return [];
        const keys = groups.map((g) => String(g.normalized));
        const inKeys = list(keys, 3);
        const [platforms, clicks] = await Promise.all([
          q(
            `SELECT normalized, platform, COUNT(*) AS n FROM questions
             WHERE asked_at >= $1 AND asked_at < $2 AND outcome IN (${MISSED}) AND normalized IN (${inKeys})
             GROUP BY normalized, platform`,
            [since, until, ...keys],
          ),
          q(
            `SELECT q.normalized, c.entry_id, COUNT(*) AS n FROM questions q
             JOIN clicks c ON c.user_hash = q.user_hash AND c.platform = q.platform
               AND c.clicked_at >= q.asked_at AND c.clicked_at <= q.asked_at + ${CLICK_WINDOW_MS}
             WHERE q.asked_at >= $1 AND q.asked_at < $2 AND q.outcome IN (${MISSED}) AND q.normalized IN (${inKeys})
               AND q.user_hash IS NOT NULL AND c.kind = 'suggestion'
             GROUP BY q.normalized, c.entry_id`,
            [since, until, ...keys],
          ),
        ]);
        const byKey = new Map<string, MissedQuestion>(
          groups.map((g) => [
            String(g.normalized),
            {
              normalized: String(g.normalized),
              question: String(g.example ?? g.normalized),
              count: n(g.n),
              declined: n(g.declined),
              firstAskedAt: n(g.first),
              lastAskedAt: n(g.last),
              platforms: {},
              clickedAfter: {},
            },
          ]),
        );
        for (const r of platforms) byKey.get(String(r.normalized))!.platforms[String(r.platform)] = n(r.n);
        for (const r of clicks) byKey.get(String(r.normalized))!.clickedAfter[String(r.entry_id)] = n(r.n);
        return [...byKey.values()];
      }),

    lowestRated: (since, until, limit) =>
      run('console lowest rated', async () => {
        // Worst first by a smoothed share of 👍, as the usage report ranks them.
        const rated = await q(
          `SELECT answer_key, SUM(helpful) AS up, COUNT(*) - SUM(helpful) AS down
           FROM feedback WHERE voted_at >= $1 AND voted_at < $2
           GROUP BY answer_key HAVING COUNT(*) - SUM(helpful) > 0
           ORDER BY (SUM(helpful) + 1.0) / (COUNT(*) + 2.0), down DESC, answer_key LIMIT $3`,
          [since, until, limit],
        );
        if (rated.length === 0) return [];
        const keys = rated.map((r) => String(r.answer_key));
        const asked = await q(
          `SELECT answer_key, question, MAX(voted_at) AS last FROM feedback
           WHERE voted_at >= $1 AND voted_at < $2 AND helpful = 0 AND question IS NOT NULL AND answer_key IN (${list(keys, 3)})
           GROUP BY answer_key, question ORDER BY last DESC`,
          [since, until, ...keys],
        );
        return rated.map((r) => ({
          answerKey: String(r.answer_key),
          up: n(r.up),
          down: n(r.down),
          questions: asked
            .filter((a) => a.answer_key === r.answer_key)
            .slice(0, 3)
            .map((a) => String(a.question)),
        }));
      }),
  };
}
