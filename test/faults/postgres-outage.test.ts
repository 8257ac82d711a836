import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureLogger, postgresBackend, useTestDatabase } from '../store/backends.js';
import { createFixtureBot, settle } from '../../fakes/slack/harness.js';
import { startSlackUnderFaults, type SlackUnderFaults } from './slack-setup.js';

const QUESTIONS = ['what is a crdt', 'what does an sre do', 'what is gossip'];

/**
 * PostgreSQL stopped and started again while Slack events keep coming. The database sits behind
 * a TCP proxy (fakes/tcp-proxy.ts): stopping the proxy is the outage; the machine's own
 * server is never touched.
 */
describe('PostgreSQL store stopped and started again during Slack traffic', () => {
  let h: SlackUnderFaults | undefined;
  // Registered first, so it runs after the afterEach below: Slack stops before its database goes.
  const db = useTestDatabase(postgresBackend);
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  const questionCount = async () => Number((await db().sql('SELECT COUNT(*) AS n FROM questions'))[0]!.n);
  const send = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => h!.mention(QUESTIONS[i % QUESTIONS.length]!)));
  const answeredOnce = (events: { ts: string }[]) =>
    vi.waitFor(() => expect(events.every((e) => h!.answersTo(e.ts).length === 1)).toBe(true), { timeout: 5_000 });

  it('answers every event exactly once, redeliveries across the outage included, and writes every record afterwards', async () => {
    const logger = captureLogger();
    const store = await db().open({ logger, flushIntervalMs: 100 });
    h = await startSlackUnderFaults({ store, bot: createFixtureBot(store) });

    const before = await send(8);
    await answeredOnce(before);
    // The outage starts once these are written. A batch cut off mid-write can be committed without
    // the store hearing so, and is then written again (the store writes at least once); this test
    // is about what is asked while the database is away, so it counts exactly.
    await vi.waitFor(async () => expect(await questionCount()).toBe(before.length), { timeout: 5_000, interval: 50 });

    await db().stop();
    const during = await send(8);
    // Slack redelivers an event whose ack it thinks it missed: here, events first seen before the outage.
    const retried = await Promise.all(before.slice(0, 3).map((e) => h!.redeliver(e)));
    await answeredOnce(during);

    await db().start();
    const after = await send(8);
    // ...and events first seen while the database was away, redelivered once it is back.
    retried.push(...(await Promise.all(during.slice(0, 3).map((e) => h!.redeliver(e)))));
    await answeredOnce(after);
    await settle(300);

    expect(retried.every((status) => status === 200)).toBe(true);
    const all = [...before, ...during, ...after];
    expect(all.map((e) => h!.answersTo(e.ts).length)).toEqual(all.map(() => 1));
    expect(logger.lines.some((l) => l.level === 'warn' && /database unavailable/.test(l.msg ?? ''))).toBe(true);
    // What was asked while the database was away was kept, and written once it was back.
    await vi.waitFor(async () => expect(await questionCount()).toBe(all.length), {
      timeout: 5_000,
      interval: 100,
    });
  }, 20_000);
});
