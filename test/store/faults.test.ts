import { createServer } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { createBot, loadContent, type Bot } from '../../src/index.js';
import { createStore } from '../../adapters/store/create-store.js';
import { FIXTURE_CONTENT } from '../helpers.js';
import { BACKENDS, captureLogger, postgresBackend, SALT, type TestDatabase, useTestDatabase } from './backends.js';

const knowledgeBase = loadContent(FIXTURE_CONTENT);
const asker = { platform: 'slack', userId: 'U1', channelType: 'dm' } as const;

/** How long a promise takes to settle, and with what. */
async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work;
  return { value, ms: performance.now() - started };
}

async function countQuestions(db: TestDatabase): Promise<number> {
  return Number((await db.sql('SELECT COUNT(*) AS n FROM questions'))[0]!.n);
}

describe.each(BACKENDS.map((b) => [b.name, b] as const))('%s store: database stopped mid-run', (_, backend) => {
  const db = useTestDatabase(backend);

  it('keeps answering, records nothing late and loses nothing while the database is away', async () => {
    const logger = captureLogger();
    const store = await db().open({ logger });
    const bot: Bot = createBot({ knowledgeBase, store, logger });
    bot.ask('wats a crdt', asker);
    expect(await store.flush()).toBe(true);

    await db().stop();
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      expect(bot.ask('wats a crdt', asker).entryId).toBe('crdt');
      expect(performance.now() - started).toBeLessThan(100);
    }
    const recorded = await timed(
      store.recordQuestion({ ...asker, question: 'direct', outcome: 'decline', entryId: null, confidence: 0, latencyMs: 1 }),
    );
    expect(recorded.ms).toBeLessThan(100);
    const voted = await timed(bot.recordFeedback({ ...asker, answerKey: 'crdt', helpful: true }));
    expect(voted.ms).toBeLessThan(100);

    // Shared state fails open, within the read timeout, then without waiting at all.
    const claimed = await timed(store.claim('slack:event:Ev1', 60_000));
    expect(claimed).toMatchObject({ value: true });
    expect(claimed.ms).toBeLessThan(1000);
    const allowed = await timed(store.allow('slack:user:U1', 5, 60_000));
    expect(allowed.value).toBe(true);
    expect(allowed.ms).toBeLessThan(100);
    expect(await store.claim('slack:event:Ev1', 60_000)).toBe(false); // process memory still dedups

    expect(await store.flush()).toBe(false);
    expect(store.buffered).toBe(7);
    expect(logger.lines.some((l) => l.level === 'warn' && /database unavailable/.test(l.msg ?? ''))).toBe(true);

    await db().start();
    await vi.waitFor(async () => expect(await store.flush()).toBe(true), { timeout: 5000, interval: 50 });
    expect(await countQuestions(db())).toBe(7);
    expect(Number((await db().sql('SELECT COUNT(*) AS n FROM feedback'))[0]!.n)).toBe(1);
  });

  it('drops the oldest records, with a warning, when the buffer is full', async () => {
    const logger = captureLogger();
    const store = await db().open({ logger, maxBufferedRows: 3 });
    await db().stop();
    for (let i = 0; i < 5; i++)
      await store.recordQuestion({ ...asker, question: `q${i}`, outcome: 'decline', entryId: null, confidence: 0, latencyMs: 1 });
    expect(store.buffered).toBe(3);
    expect(logger.lines.some((l) => l.level === 'warn' && /buffer full/.test(l.msg ?? ''))).toBe(true);
    await db().start();
    await vi.waitFor(async () => expect(await store.flush()).toBe(true), { timeout: 5000, interval: 50 });
    expect((await db().sql('SELECT question FROM questions ORDER BY id')).map((r) => r.question)).toEqual(['q2', 'q3', 'q4']);
  });

  it('closes without hanging while the database is away', async () => {
    const store = await db().open();
    await store.recordQuestion({ ...asker, question: 'q', outcome: 'decline', entryId: null, confidence: 0, latencyMs: 1 });
    await db().stop();
    const closed = await timed(store.close());
    expect(closed.ms).toBeLessThan(4000);
  });
});

describe('postgres store: connections lost or never made', () => {
  const db = useTestDatabase(postgresBackend);

  it('survives the server ending its connections (pg_terminate_backend) and carries on', async () => {
    const logger = captureLogger();
    const store = await db().open({ logger });
    await store.recordQuestion({ ...asker, question: 'before', outcome: 'answer', entryId: 'crdt', confidence: 1, latencyMs: 1 });
    expect(await store.flush()).toBe(true);
    expect(await db().terminateConnections!()).toBeGreaterThan(0);

    await store.recordQuestion({ ...asker, question: 'after', outcome: 'answer', entryId: 'crdt', confidence: 1, latencyMs: 1 });
    await vi.waitFor(async () => expect(await store.flush()).toBe(true), { timeout: 5000, interval: 50 });
    expect(await countQuestions(db())).toBe(2);
    await vi.waitFor(async () => expect(await store.claim('after-terminate', 60_000)).toBe(true), { timeout: 5000, interval: 50 });
  });

  it('answers claims from process memory once the claim timeout passes with the database hung', async () => {
    const store = await db().open({ readTimeoutMs: 150, claimTimeoutMs: 400, cooldownMs: 5_000 });
    expect(await store.claim('warm-up', 60_000)).toBe(true);
    db().hang!();
    const claimed = await timed(store.claim('while-hanging', 60_000));
    expect(claimed.value).toBe(true);
    expect(claimed.ms).toBeGreaterThanOrEqual(350);
    expect(claimed.ms).toBeLessThan(1_000);
    expect(await store.claim('while-hanging', 60_000)).toBe(false); // remembered in process meanwhile
    // Then the database counts as gone for a while: no more waiting per claim.
    expect((await timed(store.claim('next', 60_000))).ms).toBeLessThan(50);
  });

  it('starts and answers when the server is unreachable from the start', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const logger = captureLogger();
    const opened = await timed(
      createStore(
        {
          backend: 'postgres',
          databaseUrl: `postgres://postgres@127.0.0.1:${port}/test`,
          salt: SALT,
          keepQuestionText: true,
          retentionDays: 30,
        },
        logger,
        { readTimeoutMs: 200, writeTimeoutMs: 1000, purgeIntervalMs: false },
      ),
    );
    const store = opened.value;
    try {
      expect(opened.ms).toBeLessThan(2000);
      expect(logger.lines.some((l) => /unavailable at start/.test(l.msg ?? ''))).toBe(true);
      const bot = createBot({ knowledgeBase, store, logger });
      expect(bot.ask('wats a crdt', asker).entryId).toBe('crdt');
      expect(await store.claim('k', 1000)).toBe(true);
      expect(await store.allow('k', 1, 1000)).toBe(true);
      expect(await store.flush()).toBe(false);
    } finally {
      await store.close();
    }
  });
});
