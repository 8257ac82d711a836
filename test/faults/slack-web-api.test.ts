import { afterEach, describe, expect, it } from 'vitest';
import { NOTICES } from '../../adapters/chat-kit/index.js';
import { settle } from '../../fakes/slack/harness.js';
import { startSlackUnderFaults, type SlackUnderFaults } from './slack-setup.js';

const API_TIMEOUT_MS = 150;
// `Retry-After: 0`: retried at once. That the client really waits out a Retry-After is shown once,
// in test/slack/resilience.test.ts (1 s: the header counts whole seconds, so no shorter wait exists).
const RATE_LIMITED = { status: 429, retryAfter: 0 } as const;
const isApology = (text: unknown) => String(text).startsWith(NOTICES.apology.slice(0, 20));

describe('Slack Web API failing while the bot answers (HTTP mode)', () => {
  let h: SlackUnderFaults | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('delivers an answer once after a 429 with Retry-After, after 500s, and after a call that timed out', async () => {
    h = await startSlackUnderFaults({ apiTimeoutMs: API_TIMEOUT_MS });
    const cases = [
      { name: '429', failures: [RATE_LIMITED], attempts: ['ratelimited', undefined] },
      { name: '500s', failures: [{ status: 500 as const }, { status: 503 as const }], attempts: ['http_500', 'http_503', undefined] },
      { name: 'timeout', failures: [{ hang: true as const }], attempts: ['timeout', undefined] },
    ];
    for (const c of cases) {
      for (const failure of c.failures) h.fake.failNext('chat.postMessage', failure);
      const { ts, status } = await h.mention('what is a crdt');
      expect(status, c.name).toBe(200);
      const post = await h.fake.waitFor('chat.postMessage', (call) => call.args.thread_ts === ts, 5_000);
      await settle(200);
      expect(
        h.attemptsFor(ts).map((a) => a.failed),
        c.name,
      ).toEqual(c.attempts);
      expect(h.answersTo(ts), c.name).toHaveLength(1);
      expect(post.args.text).toContain('CRDTs');
    }
  });

  it('answers 30 concurrent events exactly once each while 429s, 5xx and timeouts hit some of the calls', async () => {
    h = await startSlackUnderFaults({ apiTimeoutMs: API_TIMEOUT_MS });
    for (const failure of [RATE_LIMITED, { status: 500 }, { hang: true }, { status: 502 }, { hang: true }, { status: 503 }] as const) {
      h.fake.failNext('chat.postMessage', failure);
    }
    const sent = await Promise.all(Array.from({ length: 30 }, (_, i) => h!.mention(i % 2 ? 'what is a crdt' : 'what does an sre do')));
    expect(sent.every((s) => s.status === 200)).toBe(true);
    await h.fake.waitFor('chat.postMessage', () => sent.every((s) => h!.answersTo(s.ts).length > 0), 10_000);
    await settle(300);
    expect(sent.map((s) => h!.answersTo(s.ts).length)).toEqual(sent.map(() => 1));
    expect(sent.some((s) => isApology(h!.answersTo(s.ts)[0]!.args.text))).toBe(false);
    expect(
      h.fake.calls
        .filter((c) => c.failed)
        .map((c) => c.failed)
        .sort(),
    ).toEqual(['http_500', 'http_502', 'http_503', 'ratelimited', 'timeout', 'timeout']);
  });

  it('logs an answer Slack keeps refusing as failed, sends one apology instead, and keeps answering', async () => {
    h = await startSlackUnderFaults({ apiTimeoutMs: API_TIMEOUT_MS });
    // More failures than the client retries (3): the answer is given up, then the apology too.
    for (let i = 0; i < 4; i++) h.fake.failNext('chat.postMessage', { status: 500 });
    const refused = await h.mention('what is a crdt');
    const apology = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === refused.ts, 5_000);
    expect(isApology(apology.args.text)).toBe(true);

    // Slack refusing for good (the bot left the channel): no retry helps, the apology fails too.
    for (let i = 0; i < 2; i++) h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    const lost = await h.mention('what does an sre do');
    await expect
      .poll(() => h!.logger.entries.some((e) => e.msg === 'slack: the apology could not be sent either'), { timeout: 5_000 })
      .toBe(true);

    const later = await h.mention('what is gossip');
    await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === later.ts, 5_000);
    await settle(200);
    expect([refused, lost, later].map((e) => h!.answersTo(e.ts).length)).toEqual([1, 0, 1]);
    expect(h.attemptsFor(lost.ts).map((a) => a.failed)).toEqual(['not_in_channel', 'not_in_channel']);
    const failures = h.logger.entries.filter((e) => e.level === 'error').map((e) => e.msg);
    expect(failures).toEqual(['slack: answering failed', 'slack: answering failed', 'slack: the apology could not be sent either']);
  });
});
