import { Agent } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { postSignedBody } from '../../fakes/slack/signing.js';
import { spawnBot, type SpawnedBot } from '../../fakes/spawn-bot.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack.js';
import { appMention, eventCallback, nextTs } from '../../fakes/slack/payloads.js';
import { testPostgres } from '../store/backends.js';
import { chaosDatabase, scratch, type ChaosDatabase } from '../../fakes/chaos.js';

const SECRET = 'replicas-burst-signing-secret';
const EVENTS = 150;
const METRICS_TOKEN = 'replicas-metrics-token-0123456789';

/**
 * Issue 16, finding 7, against two running processes sharing PostgreSQL: a burst of events, each
 * delivered to both replicas at once (as a retry racing the first delivery across a load
 * balancer). Before, 92 of 200 were answered twice: a busy database made claims fail open.
 */
describe('two replicas sharing PostgreSQL, a burst of events each delivered to both at once', () => {
  let fake: FakeSlack | undefined;
  const bots: SpawnedBot[] = [];
  let db: ChaosDatabase | undefined;
  let spool: ReturnType<typeof scratch> | undefined;
  afterEach(async () => {
    await Promise.all(bots.splice(0).map((b) => b.stop()));
    await fake?.close();
    await db?.dispose();
    spool?.remove();
    fake = db = spool = undefined;
  });

  it('answers each event exactly once, with no claim answered from memory', async () => {
    fake = await startFakeSlack();
    db = await chaosDatabase('replicas', testPostgres());
    spool = scratch('replicas-spool');
    const start = async (name: string) => {
      const bot = spawnBot({
        SLACK_BOT_TOKEN: fake!.botToken,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake!.apiUrl,
        DATABASE_URL: db!.url,
        STORE_SALT: 'replicas-burst-salt-0123456789',
        STORE_SPOOL_DIR: `${spool!.dir}/${name}`,
        METRICS_TOKEN,
      });
      bots.push(bot);
      return Number((await bot.waitFor(/Started: Slack \(HTTP on port (\d+)/, 15_000))[1]);
    };
    const ports = await Promise.all([start('a'), start('b')]);
    const agents = ports.map(() => new Agent({ keepAlive: true, maxSockets: 100 }));
    const events = Array.from({ length: EVENTS }, (_, i) => ({ ts: nextTs(), user: `UR${i}` }));
    const statuses = await Promise.all(
      events.flatMap((event) => {
        const body = JSON.stringify(eventCallback(appMention('what is a crdt', event)));
        return ports.map((port, r) => postSignedBody(`http://127.0.0.1:${port}/slack/events`, SECRET, body, agents[r]).catch(() => 0));
      }),
    );
    for (const agent of agents) agent.destroy();
    expect(statuses.every((s) => s === 200)).toBe(true);

    const answersTo = (ts: string) => fake!.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts).length;
    await vi.waitFor(() => expect(events.every((e) => answersTo(e.ts) >= 1)).toBe(true), { timeout: 20_000, interval: 100 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(events.filter((e) => answersTo(e.ts) > 1)).toEqual([]);
    for (const port of ports) {
      const metrics = await (
        await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
      ).text();
      expect(metrics).not.toMatch(/dsbot_store_fail_open_total\{operation="claim"\} [1-9]/);
    }
  }, 60_000);
});
