import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { Agent } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { postSignedBody } from '../../fakes/slack/signing.js';
import { spawnBot, type SpawnedBot } from '../../fakes/spawn-bot.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack.js';
import { appMention, eventCallback, nextTs } from '../../fakes/slack/payloads.js';
import { scratch, voteBody } from '../../fakes/chaos.js';

const SECRET = 'kill-burst-signing-secret';
const SALT = 'kill-burst-salt-0123456789';
const FORM = 'application/x-www-form-urlencoded';
const userHash = (user: string) => createHmac('sha256', SALT).update(`user:slack:${user}`).digest('hex');

/**
 * Issue 16, finding 4, against the running process on SQLite: `kill -9` in the middle of a burst
 * of questions and votes. Before, a burst of 500 lost 100 questions and 20 of 100 votes whose
 * voters had been thanked. What a person was shown (an answer, a "Thanks") must be in the file.
 */
describe('kill -9 during a burst of questions and votes (SQLite)', () => {
  let fake: FakeSlack | undefined;
  let bot: SpawnedBot | undefined;
  let folder: ReturnType<typeof scratch> | undefined;
  afterEach(async () => {
    await bot?.stop();
    await fake?.close();
    folder?.remove();
    bot = fake = folder = undefined;
  });

  it('keeps every vote that was thanked and every question that was answered', async () => {
    fake = await startFakeSlack();
    folder = scratch('kill-burst');
    const storePath = join(folder.dir, 'bot.sqlite');
    bot = spawnBot({
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      STORE_SALT: SALT,
      STORE_PATH: storePath,
    });
    const eventsUrl = `http://127.0.0.1:${(await bot.waitFor(/Started: Slack \(HTTP on port (\d+)/))[1]}/slack/events`;
    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    const questions = Array.from({ length: 300 }, (_, i) => ({ ts: nextTs(), user: `UQ${i}` }));
    const voters = Array.from({ length: 100 }, (_, i) => `UV${i}`);
    const killed = once(bot.child, 'exit');
    // Questions and votes interleaved, all at once; the process dies once a third are answered.
    const sending = [
      ...questions.map((q) =>
        postSignedBody(eventsUrl, SECRET, JSON.stringify(eventCallback(appMention('what is a crdt', q))), agent).catch(() => 0),
      ),
      ...voters.map((user, i) =>
        postSignedBody(eventsUrl, SECRET, voteBody(user, 'crdt', i % 2 === 0, fake!.responseUrl().url), agent, { contentType: FORM }).catch(
          () => 0,
        ),
      ),
    ];
    await fake.waitFor('chat.postMessage', () => fake!.callsTo('chat.postMessage').length >= 100, 20_000);
    bot.child.kill('SIGKILL');
    await killed;
    await Promise.all(sending);
    agent.destroy();

    const db = new Database(storePath, { readonly: true });
    const storedAskers = new Set((db.prepare('SELECT user_hash FROM questions').all() as { user_hash: string }[]).map((r) => r.user_hash));
    const storedVoters = new Set((db.prepare('SELECT user_hash FROM feedback').all() as { user_hash: string }[]).map((r) => r.user_hash));
    db.close();

    const answered = questions.filter((q) => fake!.callsTo('chat.postMessage').some((c) => c.args.thread_ts === q.ts));
    const thanked = fake
      .callsTo('chat.postEphemeral')
      .filter((c) => /Thanks/.test(c.args.text))
      .map((c) => String(c.args.user));
    expect(answered.length).toBeGreaterThanOrEqual(100);
    expect(answered.filter((q) => !storedAskers.has(userHash(q.user)))).toEqual([]);
    expect(thanked.filter((user) => !storedVoters.has(userHash(user)))).toEqual([]);
  }, 45_000);
});
