import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack.js';
import { appMention, eventCallback, nextTs } from '../../fakes/slack/payloads.js';
import { slackSignature } from '../../fakes/slack/signing.js';
import { spawnBot, type SpawnedBot } from '../../fakes/spawn-bot.js';

const SECRET = 'hostile-bodies-signing-secret';
const JSON_TYPE = 'application/json';
const FORM = 'application/x-www-form-urlencoded';

/**
 * What reaches /slack/events of the running process (the composition root, real Bolt receiver)
 * that Slack never sends. Each gets its status at once, and the process carries on answering.
 */
describe('hostile requests to the Slack endpoint of the running process', () => {
  let fake: FakeSlack;
  let bot: SpawnedBot;
  let base: string;
  beforeAll(async () => {
    fake = await startFakeSlack();
    bot = spawnBot({
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      STORE_SALT: 'hostile-bodies-salt-0123',
    });
    const [, port] = await bot.waitFor(/Started: Slack \(HTTP on port (\d+)/);
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await bot.stop();
    await fake.close();
  });

  async function post(
    body: string,
    contentType: string,
    sign: 'good' | 'bad' | 'stale' | 'future' | 'far-future' | 'none' = 'good',
  ): Promise<{ status: number; ms: number }> {
    const skew = { stale: -600, future: 600, 'far-future': 10 * 365 * 86_400 }[sign as string] ?? 0;
    const timestamp = Math.floor(Date.now() / 1000) + skew;
    const headers: Record<string, string> = { 'content-type': contentType };
    if (sign !== 'none') {
      headers['x-slack-request-timestamp'] = String(timestamp);
      headers['x-slack-signature'] = sign === 'bad' ? `v0=${'0'.repeat(64)}` : slackSignature(SECRET, timestamp, body);
    }
    const started = performance.now();
    const res = await fetch(`${base}/slack/events`, { method: 'POST', headers, body, signal: AbortSignal.timeout(5_000) });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - started };
  }

  const malformed: [string, string, string][] = [
    ['JSON cut short', '{"type":"event_callback","event":{', JSON_TYPE],
    ['an empty body', '', JSON_TYPE],
    ['JSON null', 'null', JSON_TYPE],
    ['a JSON array', '[{"type":"event_callback"}]', JSON_TYPE],
    ['a JSON string', '"event_callback"', JSON_TYPE],
    ['a JSON number', '42', JSON_TYPE],
    ['an empty object', '{}', JSON_TYPE],
    ['an event callback with no event', '{"type":"event_callback","team_id":"T1"}', JSON_TYPE],
    ['an event callback whose event is null', '{"type":"event_callback","event":null,"team_id":"T1"}', JSON_TYPE],
    ['an event with no type', '{"type":"event_callback","event":{"text":"hi"},"team_id":"T1"}', JSON_TYPE],
    ['a form payload that is not JSON', 'payload=%7Bnot-json', FORM],
    ['a form payload of null', 'payload=null', FORM],
    ['an empty form', '', FORM],
    ['a command with no response_url', 'command=%2Fask&text=crdt&user_id=U1&team_id=T1', FORM],
    ['plain text', '<!channel> hello', 'text/plain'],
  ];

  it.each(malformed)('answers a signed request carrying %s with 400 at once', async (_name, body, contentType) => {
    const { status, ms } = await post(body, contentType);
    expect(status).toBe(400);
    expect(ms).toBeLessThan(1_000);
  });

  it('answers forged, stale, future-dated and unsigned requests with 401, whatever their body', async () => {
    const event = JSON.stringify(eventCallback(appMention('what is a crdt')));
    const statuses = await Promise.all([
      post(event, JSON_TYPE, 'bad'),
      post(event, JSON_TYPE, 'stale'),
      post(event, JSON_TYPE, 'none'),
      post('null', JSON_TYPE, 'bad'),
      // Correctly signed, but stamped ten minutes or ten years ahead: Bolt alone accepts those.
      post(event, JSON_TYPE, 'future'),
      post(event, JSON_TYPE, 'far-future'),
    ]);
    expect(statuses.map((s) => s.status)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('refuses a body over 1 MiB with 413, and keeps none of it', async () => {
    expect((await post('a'.repeat(1024 * 1024 + 1), JSON_TYPE)).status).toBe(413);
    expect((await post('a'.repeat(5 * 1024 * 1024), JSON_TYPE)).status).toBe(413);
  });

  it('keeps running and answering after all of them, with no unhandled error logged', async () => {
    const ts = nextTs();
    expect((await post(JSON.stringify(eventCallback(appMention('what is a crdt', { ts }))), JSON_TYPE)).status).toBe(200);
    const answer = await fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ts);
    expect(JSON.stringify(answer.args.blocks)).toContain('CRDT');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(bot.child.exitCode).toBeNull();
    expect(bot.output()).not.toMatch(/unhandled (rejection|error)|"level":50/);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
