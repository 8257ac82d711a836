import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore, type Bot, type Store } from '../../src/index.js';
import { appMention, directMessage, displayedText, eventCallback, slashCommand } from '../../fakes/slack/payloads.js';
import { createFixtureBot, createRecordingLogger, settle, SIGNING_SECRET, startHarness, type Harness } from '../../fakes/slack/harness.js';
import { postSigned } from '../../fakes/slack/signing.js';

type Json = Record<string, any>;

describe('Slack adapter under stress (HTTP mode, real Bolt)', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('answers an event that Slack retries (X-Slack-Retry-Num) only once', async () => {
    h = await startHarness();
    const body = eventCallback(appMention('what is a crdt'));
    await h.deliver('event', body);
    await h.deliver('event', body, { retryNum: 1 });
    await h.deliver('event', body, { retryNum: 2 });
    await h.fake.waitFor('chat.postMessage');
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('refuses a bad signature and a stale timestamp with 401, answering neither', async () => {
    h = await startHarness();
    const body = JSON.stringify(eventCallback(appMention('what is a crdt')));
    const contentType = 'application/json';
    const forged = await postSigned(h.eventsUrl, body, { secret: 'not-the-secret', contentType });
    const stale = await postSigned(h.eventsUrl, body, {
      secret: SIGNING_SECRET,
      contentType,
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    const unsigned = await fetch(h.eventsUrl, { method: 'POST', headers: { 'content-type': contentType }, body });
    expect([forged.status, stale.status, unsigned.status]).toEqual([401, 401, 401]);
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('acknowledges at once and answers after the ack, even when the store is slow', async () => {
    const memory = createMemoryStore();
    const slow: Store = {
      ...memory,
      allow: async (...args) => {
        await settle(400);
        return memory.allow(...args);
      },
    };
    h = await startHarness({ store: slow });
    const started = performance.now();
    const delivery = await h.event(appMention('what is a crdt'));
    const acked = performance.now() - started;
    expect(delivery.status).toBe(200);
    const post = await h.fake.waitFor('chat.postMessage');
    // The ack does not wait for the store: it lands well inside Slack's 3 s, before the answer.
    expect(acked).toBeLessThan(3000);
    expect(post.at - started).toBeGreaterThanOrEqual(400);
    expect(acked).toBeLessThan(post.at - started - 200);
  });

  it('rate-limits each user politely, once per window, leaving other users unaffected', async () => {
    h = await startHarness({ env: { SLACK_RATE_LIMIT: '2', SLACK_RATE_WINDOW_SECONDS: '60' } });
    for (let i = 0; i < 4; i++) await h.event(appMention('what is a crdt'));
    await h.event(appMention('what is a crdt', { user: 'U0OTHER' }));
    await h.fake.waitFor('chat.postEphemeral');
    await h.fake.waitFor('chat.postMessage', () => h!.fake.callsTo('chat.postMessage').length === 3);
    await settle();
    const answers = h.fake.callsTo('chat.postMessage');
    expect(answers.filter((c) => c.args.blocks.length > 1)).toHaveLength(3);
    const notes = h.fake.callsTo('chat.postEphemeral');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.args).toMatchObject({ user: 'U0ASKER' });
    expect(notes[0]!.args.text).toMatch(/faster than I can keep up/);
  });

  it('retries chat.postMessage after the Retry-After of a 429, then succeeds', async () => {
    h = await startHarness();
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const started = performance.now();
    await h.event(appMention('what is a crdt'));
    const post = await h.fake.waitFor('chat.postMessage');
    const attempts = h.fake.calls.filter((c) => c.method === 'chat.postMessage');
    expect(attempts.map((c) => c.failed)).toEqual(['ratelimited', undefined]);
    expect(post.at - attempts[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(post.at - started).toBeLessThan(5000);
    expect(post.args.text).toContain('CRDTs');
  });

  it('apologises and logs the error when answering fails, and keeps answering afterwards', async () => {
    const logger = createRecordingLogger();
    h = await startHarness({ logger });
    h.fake.failNext('chat.postMessage', { error: 'invalid_blocks' });
    await h.event(appMention('what is a crdt'));
    const apology = await h.fake.waitFor('chat.postMessage');
    expect(apology.args.text).toMatch(/^Sorry, something went wrong/);
    expect(logger.entries.some((e) => e.level === 'error' && e.msg === 'slack: answering failed')).toBe(true);

    await h.event(appMention('what does an sre do'));
    await h.fake.waitFor('chat.postMessage', (c) => c.args.text.includes('SRE'));
  });

  it('still answers when the shared store is down, logging a warning instead', async () => {
    const logger = createRecordingLogger();
    const failing = (): Promise<never> => Promise.reject(new Error('database unreachable'));
    const broken: Store = { ...createMemoryStore(), claim: failing, allow: failing };
    h = await startHarness({ store: broken, logger });
    await h.event(appMention('what is a crdt'));
    await h.fake.waitFor('chat.postMessage');
    expect(logger.entries.filter((e) => e.level === 'warn').length).toBeGreaterThanOrEqual(2);
  });

  it('splits a long answer into sections within Slack limits without cutting words', async () => {
    const real = createFixtureBot();
    const paragraph = (i: number) =>
      `Paragraph ${i} talks about **quorums** and [replication](https://example.com/${i}) at length. `.repeat(12);
    const details = Array.from({ length: 250 }, (_, i) => paragraph(i)).join('\n\n');
    const longBot: Bot = { ...real, reply: async (q, ctx) => ({ ...(await real.reply(q, ctx)), details }) };
    h = await startHarness({ bot: longBot });
    // In a DM the whole answer is shown at once (a channel would get the summary and "More").
    await h.event(directMessage('what is a crdt'));
    const post = await h.fake.waitFor('chat.postMessage');

    const blocks: Json[] = post.args.blocks;
    expect(blocks.length).toBeLessThanOrEqual(50);
    const sections = blocks.filter((b) => b.type === 'section').map((b) => b.text.text as string);
    expect(sections.length).toBeGreaterThan(10);
    for (const text of sections) {
      expect(text.length).toBeLessThanOrEqual(3000);
      expect(text).toMatch(/^(A CRDT|Paragraph \d+ )/);
      expect(text).toMatch(/(commute\.|at length\.)$/);
    }
    expect(displayedText(blocks)).toContain('The full answer is longer than one Slack message can hold');
    expect(blocks.at(-1)!.block_id).toBe('feedback');
  });

  it('answers a slash command within the ack deadline and delivers the answer afterwards', async () => {
    h = await startHarness();
    const responseUrl = h.fake.responseUrl();
    const started = performance.now();
    const delivery = await h.deliver('command', slashCommand('what is a crdt', responseUrl.url));
    expect(delivery.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(3000);
    const reply = await h.fake.waitForResponse((r) => r.id === responseUrl.id);
    expect(reply.at).toBeGreaterThan(started);
  });

  it('finishes answers already under way when stopped', async () => {
    const memory = createMemoryStore();
    const slow: Store = {
      ...memory,
      allow: async (...args) => {
        await settle(300);
        return memory.allow(...args);
      },
    };
    const harness = await startHarness({ store: slow });
    await harness.event(appMention('what is a crdt'));
    await harness.slack.stop();
    expect(harness.fake.callsTo('chat.postMessage')).toHaveLength(1);
    await harness.fake.close();
  });

  it('serves a health check for the load balancer', async () => {
    h = await startHarness();
    const res = await fetch(h.eventsUrl.replace('/slack/events', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
  });

  it('fails to start with a clear error when Slack rejects the bot token', async () => {
    await expect(startHarness({ env: { SLACK_BOT_TOKEN: 'xoxb-wrong' } })).rejects.toMatchObject({
      code: 'PLATFORM_FAILED',
      message: expect.stringMatching(/invalid_auth/),
    });
  });
});
