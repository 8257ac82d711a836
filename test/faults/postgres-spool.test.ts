import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Agent } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { postSignedBody } from '../../fakes/slack/signing.js';
import { spawnBot, type SpawnedBot } from '../../fakes/spawn-bot.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack.js';
import { testPostgres } from '../store/backends.js';
import { chaosDatabase, scratch, sendMentions, voteBody, type ChaosDatabase } from '../../fakes/chaos.js';

const SECRET = 'postgres-spool-signing-secret';
const FORM = 'application/x-www-form-urlencoded';

const spoolFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.jsonl') || name.endsWith('.replay'));

/**
 * Issue 16, finding 4, against the running process: PostgreSQL goes away, people keep asking and
 * voting, and the bot is stopped (SIGTERM, as in a rolling update) before the database returns.
 * Before the spool, everything buffered was lost at exit. An operator sees every question and
 * every vote in the database once the next start finds it back.
 */
describe('SIGTERM during a PostgreSQL outage, then a start with the database back', () => {
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

  it('spools what the database could not take, and the next start writes all of it, once', async () => {
    fake = await startFakeSlack();
    db = await chaosDatabase('spool', testPostgres());
    spool = scratch('spool');
    const env = {
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      DATABASE_URL: db.url,
      STORE_SALT: 'postgres-spool-salt-0123456789',
      STORE_SPOOL_DIR: spool.dir,
    };
    const start = async () => {
      bot = spawnBot(env);
      return `http://127.0.0.1:${(await bot.waitFor(/Started: Slack \(HTTP on port (\d+)/, 15_000))[1]}/slack/events`;
    };
    let eventsUrl = await start();
    const before = await sendMentions(eventsUrl, SECRET, 10, { prefix: 'BEFORE' });
    await vi.waitFor(async () => expect(await db!.count('questions')).toBe(10), { timeout: 10_000, interval: 100 });

    await db.proxy.stop();
    const during = await sendMentions(eventsUrl, SECRET, 40, { prefix: 'DURING' });
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    const votes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        postSignedBody(eventsUrl, SECRET, voteBody(`UVOTER${i}`, 'crdt', i % 2 === 0, fake!.responseUrl().url), agent, {
          contentType: FORM,
        }),
      ),
    );
    agent.destroy();
    expect([...before, ...during].every((s) => s.status === 200)).toBe(true);
    expect(votes.every((status) => status === 200)).toBe(true);
    // Every voter was thanked, and thanks means kept.
    await vi.waitFor(() => expect(fake!.callsTo('chat.postEphemeral').filter((c) => /Thanks/.test(c.args.text))).toHaveLength(10), {
      timeout: 10_000,
    });
    await vi.waitFor(
      () => expect(during.every((s) => fake!.callsTo('chat.postMessage').some((c) => c.args.thread_ts === s.ts))).toBe(true),
      {
        timeout: 10_000,
      },
    );

    expect(await bot!.stop()).toBe(0);
    expect(spoolFiles(spool.dir).length).toBeGreaterThan(0);
    expect(await db.count('questions')).toBe(10);

    await db.proxy.start();
    eventsUrl = await start();
    await vi.waitFor(async () => expect(await db!.count('questions')).toBe(50), { timeout: 15_000, interval: 200 });
    await vi.waitFor(async () => expect(await db!.count('feedback')).toBe(10), { timeout: 5_000, interval: 100 });
    await vi.waitFor(() => expect(spoolFiles(spool!.dir)).toEqual([]), { timeout: 5_000, interval: 100 });
    expect(Number((await db.sql('SELECT COUNT(DISTINCT record_id) AS n FROM questions'))[0]!.n)).toBe(50);
    expect(bot!.output()).toMatch(/spooled records written to the database/);
    // The spool holds question texts: its folder is its owner's only.
    expect(statSync(join(spool.dir, readdirSync(spool.dir)[0]!)).mode & 0o777).toBe(0o700);
  }, 60_000);
});
