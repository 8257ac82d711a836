import { afterEach, describe, expect, it } from 'vitest';
import { appMention, eventCallback, nextTs } from '../../fakes/slack/payloads.js';
import { settle } from '../../fakes/slack/harness.js';
import { startSlackUnderFaults, type SlackUnderFaults } from './slack-setup.js';

const thread = (h: SlackUnderFaults, ts: string) => h.answersTo(ts).length;

describe('Slack Socket Mode connection cut mid-stream', () => {
  let h: SlackUnderFaults | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  // Slack's client waits its ping timeout before reconnecting: 1 s here (FAST_SLACK_TIMING), 5 s in production.
  it('reconnects through apps.connections.open even when Slack fails it at first, and answers every envelope once', async () => {
    h = await startSlackUnderFaults({ mode: 'socket' });
    const { fake } = h;
    const envelope = (question: string) => {
      const ts = nextTs();
      return { ts, body: eventCallback(appMention(question, { ts, user: `U${ts.replace('.', '')}` })) };
    };

    const before = [envelope('what is a crdt'), envelope('what does an sre do')];
    for (const e of before) await fake.waitForAck(fake.sendEnvelope('events_api', e.body));

    // One envelope goes out as the connection dies: its ack is lost, so Slack sends it again later.
    const cut = envelope('what is gossip');
    fake.sendEnvelope('events_api', cut.body);
    const opensBefore = fake.calls.filter((c) => c.method === 'apps.connections.open').length;
    // Slack's API is failing too: one 500 more than the Web API client's own retries (3).
    for (let i = 0; i < 4; i++) fake.failNext('apps.connections.open', { status: 500 });
    fake.dropSockets();

    await fake.waitFor(
      'apps.connections.open',
      () => fake.calls.filter((c) => c.method === 'apps.connections.open').length > opensBefore + 4,
      15_000,
    );
    await fake.waitForSocket(5_000);
    const failedOpens = fake.calls.filter((c) => c.method === 'apps.connections.open' && c.failed === 'http_500');
    expect(failedOpens).toHaveLength(4);

    const redelivered = fake.sendEnvelope('events_api', cut.body, { retryAttempt: 1 });
    const after = envelope('explain quorum');
    const fresh = fake.sendEnvelope('events_api', after.body);
    expect(await fake.waitForAck(redelivered)).toEqual({});
    expect(await fake.waitForAck(fresh)).toEqual({});

    await fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === after.ts);
    await fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === cut.ts);
    await settle(300);
    expect([...before, cut, after].map((e) => thread(h!, e.ts))).toEqual([1, 1, 1, 1]);
    // Bolt logs the cut itself as a WebSocket error; nothing else went wrong.
    const errors = h.logger.entries.filter((e) => e.level === 'error').map((e) => e.msg);
    expect(errors.every((msg) => /^WebSocket error/.test(msg ?? ''))).toBe(true);
  }, 20_000);
});
