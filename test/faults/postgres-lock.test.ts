import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawnBot, type SpawnedBot } from '../../fakes/spawn-bot.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack.js';
import { testPostgres } from '../store/backends.js';
import { chaosDatabase, scratch, sendMentions, type ChaosDatabase } from '../../fakes/chaos.js';

const SECRET = 'postgres-lock-signing-secret';
const QUESTIONS = 120;
/** Longer than the store's write timeout (3 s): writes time out while their inserts wait, then commit. */
const LOCK_MS = 4_500;

/**
 * Issue 16, finding 3, against the running process: a table lock makes writes time out on the
 * client while the inserts wait on the server and commit once it lifts; the batches are written
 * again. Before record ids, a 15 s lock gave 458 rows for 293 questions.
 */
describe('PostgreSQL slow behind a table lock while Slack events keep coming', () => {
  let fake: FakeSlack | undefined;
  let bot: SpawnedBot | undefined;
  let db: ChaosDatabase | undefined;
  let spool: ReturnType<typeof scratch> | undefined;
  afterEach(async () => {
    await bot?.stop();
    await fake?.close();
    await db?.dispose();
    spool?.remove();
    bot = fake = db = spool = undefined;
  });

  it('stores each question exactly once, and answers each once', async () => {
    fake = await startFakeSlack();
    db = await chaosDatabase('lock', testPostgres());
    spool = scratch('lock-spool');
    bot = spawnBot({
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      DATABASE_URL: db.url,
      STORE_SALT: 'postgres-lock-salt-0123456789',
      STORE_SPOOL_DIR: spool.dir,
    });
    const port = Number((await bot.waitFor(/Started: Slack \(HTTP on port (\d+)/, 15_000))[1]);
    const eventsUrl = `http://127.0.0.1:${port}/slack/events`;

    await db.sql('BEGIN');
    await db.sql('LOCK TABLE questions IN ACCESS EXCLUSIVE MODE');
    const release = new Promise<void>((resolve) => setTimeout(() => void db!.sql('COMMIT').then(() => resolve()), LOCK_MS));
    const sent = await sendMentions(eventsUrl, SECRET, QUESTIONS, { concurrency: 8, prefix: 'LOCK' });
    expect(sent.every((s) => s.status === 200)).toBe(true);
    await release;

    await vi.waitFor(async () => expect(await db!.count('questions')).toBe(QUESTIONS), { timeout: 15_000, interval: 200 });
    // Writes cut off by the timeout commit late; give them time to, then count again.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await db.count('questions')).toBe(QUESTIONS);
    expect(Number((await db.sql('SELECT COUNT(DISTINCT record_id) AS n FROM questions'))[0]!.n)).toBe(QUESTIONS);
    const answers = new Map<string, number>();
    for (const call of fake.callsTo('chat.postMessage')) answers.set(call.args.thread_ts, (answers.get(call.args.thread_ts) ?? 0) + 1);
    expect(sent.map((s) => answers.get(s.ts) ?? 0)).toEqual(sent.map(() => 1));
    expect(bot.output()).toMatch(/database unavailable; records spooled to disk/);
  }, 45_000);
});
