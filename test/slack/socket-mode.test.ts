import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appMention, blockAction, CHANNEL, directMessage, eventCallback, findElement, slashCommand } from '../../fakes/slack/payloads.js';
import { settle, startHarness, type Harness } from '../../fakes/slack/harness.js';

describe('Slack adapter in Socket Mode (real Bolt over a WebSocket)', () => {
  it('fails to start with a clear error when Slack rejects the app-level token', async () => {
    await expect(startHarness({ mode: 'socket', env: { SLACK_APP_TOKEN: 'xapp-wrong' } })).rejects.toMatchObject({
      code: 'PLATFORM_FAILED',
      message: expect.stringMatching(/invalid_auth.*SLACK_APP_TOKEN/),
    });
  });

  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ mode: 'socket' });
  });
  afterEach(async () => {
    await h.close();
  });

  it('connects through apps.connections.open with the app-level token, not the bot token', () => {
    const open = h.fake.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.token).toBe(h.fake.appToken);
    expect(h.slack.port).toBeUndefined();
  });

  it('acks an envelope and answers the mention in its thread', async () => {
    const mention = appMention('what is a crdt');
    const { ack } = await h.event(mention);
    expect(ack).toEqual({});
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args).toMatchObject({ channel: CHANNEL, thread_ts: mention.ts });
    expect(post.token).toBe(h.fake.botToken);
  });

  it('answers a redelivered envelope once, acking every delivery', async () => {
    const body = eventCallback(directMessage('what does an sre do'));
    const first = h.fake.sendEnvelope('events_api', body);
    const again = h.fake.sendEnvelope('events_api', body, { retryAttempt: 1 });
    await Promise.all([h.fake.waitForAck(first), h.fake.waitForAck(again)]);
    await h.fake.waitFor('chat.postMessage');
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('acks a slash command and answers it privately through the response_url', async () => {
    const responseUrl = h.fake.responseUrl();
    const { ack } = await h.deliver('command', slashCommand('sre vs dse', responseUrl.url));
    expect(ack).toEqual({});
    const reply = await h.fake.waitForResponse((r) => r.id === responseUrl.id);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.body.text).toContain('Distributed systems engineer vs SRE');
  });

  it('acks a button click and answers the related question', async () => {
    const reply = await (async () => {
      const responseUrl = h.fake.responseUrl();
      await h.deliver('command', slashCommand('what is a crdt', responseUrl.url));
      return h.fake.waitForResponse((r) => r.id === responseUrl.id);
    })();
    const related = findElement(reply.body.blocks, 'ask_entry')!;
    const responseUrl = h.fake.responseUrl();
    const { ack } = await h.deliver('action', blockAction({ ...related, type: 'button' }, { responseUrl: responseUrl.url }));
    expect(ack).toEqual({});
    const next = await h.fake.waitForResponse((r) => r.id === responseUrl.id);
    expect(next.body.text).toMatch(/^Gossip protocols/);
  });
});
