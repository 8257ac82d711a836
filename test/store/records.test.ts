import { createHmac } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { MIGRATIONS } from '../../adapters/store/migrations.js';
import { BACKENDS, captureLogger, SALT, TABLES, type TestDatabase, useTestDatabase } from './backends.js';
import { DAY, HOUR, manualClock, seedHistory, T0 } from './seed.js';

describe.each(BACKENDS.map((b) => [b.name, b] as const))('%s store: records, report, retention, privacy', (_, backend) => {
  const db = useTestDatabase(backend);

  const count = async (table: string) => Number((await db().sql(`SELECT COUNT(*) AS n FROM ${table}`))[0]!.n);

  describe('migrations', () => {
    it('creates every table on an empty database and records each migration once', async () => {
      const logger = captureLogger();
      await db().open({ logger });
      const versions = (await db().sql('SELECT version FROM store_migrations ORDER BY version')).map((r) => Number(r.version));
      expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
      for (const table of TABLES) expect(await count(table)).toBe(0);
      expect(logger.lines.find((l) => l.msg === 'store: migrations applied')?.obj).toMatchObject({
        applied: MIGRATIONS.map((m) => m.version),
      });
    });

    it('applies nothing when started again, even by two processes at once', async () => {
      await db().open();
      const before = await db().sql('SELECT version, applied_at FROM store_migrations');
      const loggers = [captureLogger(), captureLogger()];
      await Promise.all(loggers.map((logger) => db().open({ logger })));
      expect(await db().sql('SELECT version, applied_at FROM store_migrations')).toEqual(before);
      for (const logger of loggers) expect(logger.lines.filter((l) => l.msg === 'store: migrations applied')).toEqual([]);
    });

    it('lets two processes migrate the same empty database at the same time', async () => {
      await Promise.all([db().open(), db().open()]);
      expect(await count('store_migrations')).toBe(MIGRATIONS.length);
    });
  });

  describe('report', () => {
    it('gives exact figures for a seeded week and leaves out older records', async () => {
      const clock = manualClock();
      const store = await db().open({ now: clock.now, retentionDays: 365 });
      await seedHistory(store, clock);
      const report = await store.report({ since: new Date(T0 - 7 * DAY), until: new Date(T0) });

      expect(report.totals).toEqual({ questions: 11, answered: 6, unanswered: 4, votes: 9, clicks: 3, people: 5 });
      expect(report.platforms).toEqual([
        { platform: 'slack', questions: 6, answered: 3, unanswered: 2, votes: 3, clicks: 2, people: 3 },
        { platform: 'discord', questions: 4, answered: 2, unanswered: 2, votes: 2, clicks: 1, people: 2 },
        { platform: 'cli', questions: 1, answered: 1, unanswered: 0, votes: 4, clicks: 0, people: 0 },
      ]);
      expect(report.unanswered.map(({ count }) => count)).toEqual([3, 1]);
      expect(['What is Kubernetes?', 'what is kubernetes', 'WHAT IS KUBERNETES??']).toContain(report.unanswered[0]!.question);
      expect(report.unanswered[0]!.lastAskedAt).toBe(new Date(T0 - 40 * HOUR).toISOString());
      expect(report.unanswered[1]!.question).toBe('Kubernetes ingress');
      expect(report.lowestRated).toEqual([
        { answerKey: 'raft+paxos', helpful: 0, unhelpful: 2 },
        { answerKey: 'crdt', helpful: 1, unhelpful: 1 },
        { answerKey: 'quorum', helpful: 3, unhelpful: 1 },
      ]);
      expect(report.mostAsked).toEqual([
        { entryId: 'crdt', count: 3 },
        { entryId: 'level-staff', count: 1 },
        { entryId: 'quorum', count: 1 },
        { entryId: 'raft+paxos', count: 1 },
      ]);
    });

    it('cuts every list to the limit', async () => {
      const clock = manualClock();
      const store = await db().open({ now: clock.now, retentionDays: 365 });
      await seedHistory(store, clock);
      const report = await store.report({ since: new Date(T0 - 30 * DAY), until: new Date(T0), limit: 1 });
      expect([report.unanswered.length, report.lowestRated.length, report.mostAsked.length]).toEqual([1, 1, 1]);
      expect(report.mostAsked[0]).toEqual({ entryId: 'crdt', count: 4 });
    });
  });

  describe('retention', () => {
    async function seedOldAndNew(clock: { at: number }, store: Awaited<ReturnType<TestDatabase['open']>>) {
      for (const at of [T0 - 40 * DAY, T0 - DAY]) {
        clock.at = at;
        await store.recordQuestion({
          platform: 'slack',
          userId: 'U1',
          question: 'q',
          outcome: 'answer',
          entryId: 'crdt',
          confidence: 1,
          latencyMs: 1,
        });
        // Two people: one person's second vote on an answer would replace the first.
        await store.recordFeedback({ platform: 'slack', userId: `U${at}`, answerKey: 'crdt', helpful: true });
        await store.recordClick({ platform: 'slack', userId: 'U1', kind: 'related', fromKey: 'crdt', entryId: 'raft' });
        await store.recordWelcome({ platform: 'slack', userId: `U${at}`, place: 'home' });
        await store.claim(`event-${at}`, 60_000);
        await store.allow(`user-${at}`, 5, 60_000);
      }
      clock.at = T0;
      expect(await store.flush()).toBe(true);
    }

    it('deletes records older than the retention and expired shared state, and keeps the rest', async () => {
      const clock = manualClock();
      const store = await db().open({ now: clock.now, retentionDays: 30 });
      await seedOldAndNew(clock, store);
      expect(await store.purge()).toEqual({
        questions: 1,
        feedback: 1,
        clicks: 1,
        welcomes: 1,
        claims: 2,
        rateLimits: 2,
        conversations: 0,
      });
      for (const table of ['questions', 'feedback', 'clicks', 'welcomes']) expect(await count(table)).toBe(1);
      expect(await store.purge()).toEqual({
        questions: 0,
        feedback: 0,
        clicks: 0,
        welcomes: 0,
        claims: 0,
        rateLimits: 0,
        conversations: 0,
      });
    });

    it('purges on a schedule without being asked', async () => {
      const clock = manualClock();
      await seedOldAndNew(clock, await db().open({ now: clock.now }));
      await db().open({ now: clock.now, retentionDays: 30, purgeIntervalMs: 50 });
      await vi.waitFor(async () => expect(await count('questions')).toBe(1), { timeout: 2000, interval: 25 });
    });
  });

  describe('privacy', () => {
    const RAW = 'U0RAWSECRET1';

    it('stores user ids only as an HMAC under the salt, in records and in shared-state keys', async () => {
      const store = await db().open();
      await store.recordQuestion({
        platform: 'slack',
        userId: RAW,
        question: 'hi',
        outcome: 'greeting',
        entryId: null,
        confidence: 1,
        latencyMs: 1,
      });
      await store.recordFeedback({ platform: 'slack', userId: RAW, answerKey: 'crdt', helpful: false });
      await store.recordClick({ platform: 'slack', userId: RAW, kind: 'related', fromKey: 'crdt', entryId: 'raft' });
      await store.recordWelcome({ platform: 'slack', userId: RAW, place: 'home' });
      await store.claim(`slack:rate-notice:T1:${RAW}`, 60_000);
      await store.allow(`discord:user:${RAW}`, 5, 60_000);
      expect(await store.flush()).toBe(true);

      for (const table of TABLES) expect(JSON.stringify(await db().sql(`SELECT * FROM ${table}`))).not.toContain(RAW);
      const expected = createHmac('sha256', SALT).update(`user:slack:${RAW}`).digest('hex');
      expect((await db().sql('SELECT user_hash FROM questions'))[0]!.user_hash).toBe(expected);
    });

    it('gives the same user a different hash under a different salt', async () => {
      const first = await db().open();
      // Started over on purpose (STORE_NEW_SALT=true): past records keep their old hashes.
      const second = await db().open({ salt: 'another-salt-0123456789', saltCheck: 'reset' });
      for (const store of [first, second]) {
        await store.recordQuestion({
          platform: 'slack',
          userId: RAW,
          question: 'hi',
          outcome: 'greeting',
          entryId: null,
          confidence: 1,
          latencyMs: 1,
        });
        await store.flush();
      }
      const hashes = (await db().sql('SELECT user_hash FROM questions')).map((r) => r.user_hash);
      expect(new Set(hashes).size).toBe(2);
    });

    it('refuses to open a database written with another salt, saying how to restore it or start over', async () => {
      await db().open();
      const opening = db().open({ salt: 'another-salt-0123456789' });
      await expect(opening).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
      await expect(opening).rejects.toThrow(/another salt[\s\S]*STORE_NEW_SALT=true/);
      // The salt it was written with still opens it.
      await expect(db().open()).resolves.toBeDefined();
    });

    it('keeps no question text, not even normalised, when text is switched off', async () => {
      const store = await db().open({ keepQuestionText: false });
      const question = 'What is Kubernetes, my private words?';
      await store.recordQuestion({
        platform: 'slack',
        userId: 'U1',
        question,
        outcome: 'decline',
        entryId: null,
        confidence: 0,
        latencyMs: 1,
      });
      await store.recordFeedback({ platform: 'slack', userId: 'U1', answerKey: 'crdt', question, helpful: false });
      expect(await store.flush()).toBe(true);
      expect(await db().sql('SELECT question, normalized FROM questions')).toEqual([{ question: null, normalized: null }]);
      expect(await db().sql('SELECT question FROM feedback')).toEqual([{ question: null }]);
      for (const table of TABLES) expect(JSON.stringify(await db().sql(`SELECT * FROM ${table}`))).not.toMatch(/kubernetes/i);
      const report = await store.report({ since: new Date(Date.now() - DAY), until: new Date(Date.now() + DAY) });
      expect(report.unanswered).toEqual([{ question: null, count: 1, lastAskedAt: expect.any(String) }]);
    });
  });
});
