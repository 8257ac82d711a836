import { BotError } from '../../src/index.js';
import type { SqlDriver, SqlValue } from './driver.js';

/** Outcomes counted as "could not answer": a plain decline, or only "did you mean" guesses. */
export const UNANSWERED_OUTCOMES = ['decline', 'suggestions'] as const;

export interface ReportPeriod {
  since: Date;
  until: Date;
  /** Rows per list. Default 10. */
  limit?: number;
}

export interface PlatformCounts {
  platform: string;
  questions: number;
  answered: number;
  unanswered: number;
  votes: number;
  clicks: number;
  /** Distinct (hashed) people who asked. */
  people: number;
}

/** What content maintainers need to see, over one period. Plain data: JSON as it is. */
export interface UsageReport {
  since: string;
  until: string;
  totals: Omit<PlatformCounts, 'platform'>;
  platforms: PlatformCounts[];
  /** Grouped by normalised text; `question` is one way it was asked, null when text is not kept. */
  unanswered: { question: string | null; count: number; lastAskedAt: string }[];
  /** Entries with at least one 👎, worst first. `answerKey` is an entry id or `a+b` for a comparison. */
  lowestRated: { answerKey: string; helpful: number; unhelpful: number }[];
  mostAsked: { entryId: string; count: number }[];
}

const UNITS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/**
 * Reads how far back a report goes: `7d`, `24h`, `2w`, or a date such as `2025-01-31`.
 *
 * @throws {BotError} code `CONFIG_INVALID`, naming the value and what would work.
 */
export function parseSince(text: string, now: Date): Date {
  const value = text.trim();
  const relative = /^(\d{1,5})\s*([hdw])$/i.exec(value);
  if (relative) return new Date(now.getTime() - Number(relative[1]) * UNITS[relative[2]!.toLowerCase()]!);
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value);
  throw new BotError('CONFIG_INVALID', `--since "${text}" is not a period: use 7d, 24h, 2w or a date such as 2025-01-31`);
}

const n = (value: unknown) => Number(value ?? 0);
const iso = (ms: unknown) => new Date(n(ms)).toISOString();
// PostgreSQL returns BIGINT and COUNT as strings; both databases agree once everything is a number.

/** Runs the report's queries. Both databases take the same SQL. */
export async function queryReport(driver: SqlDriver, period: ReportPeriod, timeoutMs?: number): Promise<UsageReport> {
  const range: SqlValue[] = [period.since.getTime(), period.until.getTime()];
  const limit = period.limit ?? 10;
  const unansweredIn = UNANSWERED_OUTCOMES.map((o) => `'${o}'`).join(', ');
  const q = (sql: string, params: SqlValue[] = range) => driver.query(sql, params, timeoutMs);

  const [asked, voted, clicked, unanswered, lowest, most] = await Promise.all([
    q(`SELECT platform, COUNT(*) AS questions,
         SUM(CASE WHEN outcome = 'answer' THEN 1 ELSE 0 END) AS answered,
         SUM(CASE WHEN outcome IN (${unansweredIn}) THEN 1 ELSE 0 END) AS unanswered,
         COUNT(DISTINCT user_hash) AS people
       FROM questions WHERE asked_at >= $1 AND asked_at < $2 GROUP BY platform`),
    q('SELECT platform, COUNT(*) AS votes FROM feedback WHERE voted_at >= $1 AND voted_at < $2 GROUP BY platform'),
    q('SELECT platform, COUNT(*) AS clicks FROM clicks WHERE clicked_at >= $1 AND clicked_at < $2 GROUP BY platform'),
    q(
      `SELECT normalized, MIN(question) AS example, COUNT(*) AS n, MAX(asked_at) AS last
       FROM questions WHERE asked_at >= $1 AND asked_at < $2 AND outcome IN (${unansweredIn})
       GROUP BY normalized ORDER BY n DESC, last DESC, normalized LIMIT $3`,
      [...range, limit],
    ),
    // Worst first by a smoothed share of 👍, so one 👎 alone does not outrank three of four.
    q(
      `SELECT answer_key, SUM(helpful) AS up, COUNT(*) - SUM(helpful) AS down
       FROM feedback WHERE voted_at >= $1 AND voted_at < $2
       GROUP BY answer_key HAVING COUNT(*) - SUM(helpful) > 0
       ORDER BY (SUM(helpful) + 1.0) / (COUNT(*) + 2.0), down DESC, answer_key LIMIT $3`,
      [...range, limit],
    ),
    q(
      `SELECT entry_id, COUNT(*) AS n FROM questions
       WHERE asked_at >= $1 AND asked_at < $2 AND outcome = 'answer' AND entry_id IS NOT NULL
       GROUP BY entry_id ORDER BY n DESC, entry_id LIMIT $3`,
      [...range, limit],
    ),
  ]);

  const byPlatform = new Map<string, PlatformCounts>();
  const row = (platform: unknown) => {
    const key = String(platform);
    let counts = byPlatform.get(key);
    if (!counts)
      byPlatform.set(key, (counts = { platform: key, questions: 0, answered: 0, unanswered: 0, votes: 0, clicks: 0, people: 0 }));
    return counts;
  };
  for (const r of asked)
    Object.assign(row(r.platform), {
      questions: n(r.questions),
      answered: n(r.answered),
      unanswered: n(r.unanswered),
      people: n(r.people),
    });
  for (const r of voted) row(r.platform).votes = n(r.votes);
  for (const r of clicked) row(r.platform).clicks = n(r.clicks);
  const platforms = [...byPlatform.values()].sort((a, b) => b.questions - a.questions || a.platform.localeCompare(b.platform));
  const totals = { questions: 0, answered: 0, unanswered: 0, votes: 0, clicks: 0, people: 0 };
  // Hashes include the platform, so people on two platforms never collide and the sum is exact.
  for (const p of platforms) for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += p[k];

  return {
    since: period.since.toISOString(),
    until: period.until.toISOString(),
    totals,
    platforms,
    unanswered: unanswered.map((r) => ({
      question: r.example === null || r.example === undefined ? null : String(r.example),
      count: n(r.n),
      lastAskedAt: iso(r.last),
    })),
    lowestRated: lowest.map((r) => ({ answerKey: String(r.answer_key), helpful: n(r.up), unhelpful: n(r.down) })),
    mostAsked: most.map((r) => ({ entryId: String(r.entry_id), count: n(r.n) })),
  };
}
