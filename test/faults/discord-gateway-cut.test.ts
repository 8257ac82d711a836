import { afterEach, describe, expect, it } from 'vitest';
import { slashCommand, type BuiltInteraction } from '../../fakes/discord/payloads.js';
import { newUser, sleep, startHarness, type Harness } from '../discord/harness.js';

const QUESTIONS = ['wats a crdt', 'what is gossip', 'staff', 'what does an sre do'];

/** Callbacks Discord received for an interaction; exactly one is allowed. */
const callbacks = (h: Harness, built: BuiltInteraction) =>
  h.fake.calls.filter((c) => c.method === 'POST' && c.path === `/interactions/${built.id}/${built.token}/callback`);

describe('Discord faults mid-stream', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  const ask = (hh: Harness, i: number) =>
    slashCommand(hh.fake.world, newUser(), hh.channel, 'ask', { question: QUESTIONS[i % QUESTIONS.length]! });
  const allAnswered = (hh: Harness, sent: BuiltInteraction[]) =>
    expect.poll(() => sent.every((b) => callbacks(hh, b).length > 0), { timeout: 10_000 }).toBe(true);

  it('answers every interaction of a stream once when the gateway is cut in the middle, replays included', async () => {
    h = await startHarness();
    const hh = h;
    const session = hh.fake.gateway.sessions.get(0)!;
    const first = Array.from({ length: 10 }, (_, i) => ask(hh, i));
    for (const built of first) hh.fake.interact(built, hh.channel);
    hh.fake.gateway.drop();
    // Sent while the connection is down: queued by the gateway, replayed on RESUME.
    const missed = Array.from({ length: 10 }, (_, i) => ask(hh, i + 10));
    for (const built of missed) hh.fake.interact(built, hh.channel);
    await hh.fake.gateway.waitForSession(0, 1);
    // Discord may replay more than was missed: some of the first interactions come again.
    for (const built of first.slice(0, 3)) hh.fake.interact(built, hh.channel);
    const later = Array.from({ length: 5 }, (_, i) => ask(hh, i + 20));
    for (const built of later) hh.fake.interact(built, hh.channel);

    const all = [...first, ...missed, ...later];
    await allAnswered(hh, all);
    await sleep(200);
    expect(all.map((b) => callbacks(hh, b).length)).toEqual(all.map(() => 1));
    expect(hh.fake.gateway.log.resumes).toHaveLength(1);
    expect(hh.fake.gateway.log.resumes[0]).toMatchObject({ session_id: session.id });
    expect(hh.logs.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('delivers each callback once when Discord answers some callback requests with 500', async () => {
    h = await startHarness();
    const hh = h;
    const refused = new Map<string, number>();
    hh.fake.override = (call) => {
      if (!call.path.endsWith('/callback') || refused.size >= 3) return undefined;
      refused.set(call.path, (refused.get(call.path) ?? 0) + 1);
      return { status: 500, body: { code: 0, message: '500: Internal Server Error' } };
    };
    const sent = Array.from({ length: 6 }, (_, i) => ask(hh, i));
    for (const built of sent) hh.fake.interact(built, hh.channel);
    const accepted = (b: BuiltInteraction) => callbacks(hh, b).length - (refused.get(callbacks(hh, b)[0]?.path ?? '') ?? 0);
    await expect.poll(() => sent.every((b) => accepted(b) > 0), { timeout: 10_000 }).toBe(true);
    await sleep(200);
    expect(refused.size).toBe(3);
    // discord.js retried each refused callback; each interaction got exactly one accepted callback.
    expect(sent.map(accepted)).toEqual(sent.map(() => 1));
  });
});
