import { describe, expect, it } from 'vitest';
import { createBot, loadContent } from '../../src/index.js';
import { FIXTURE_CONTENT } from '../helpers.js';
import { BACKENDS, useTestDatabase } from './backends.js';
import { manualClock, T0 } from './seed.js';

describe.each(BACKENDS.map((b) => [b.name, b] as const))('%s store: state shared between replicas', (_, backend) => {
  const db = useTestDatabase(backend);

  describe('conversations', () => {
    it('lets a second replica continue a conversation the first one started, until it expires', async () => {
      const knowledgeBase = loadContent(FIXTURE_CONTENT);
      const [a, b] = await Promise.all([db().open(), db().open()]);
      const first = createBot({ knowledgeBase, store: a });
      const second = createBot({ knowledgeBase, store: b });
      const context = { platform: 'slack' as const, conversation: 'slack:T1:C1:1700000000.000100' };
      expect((await first.reply('what is a crdt', context)).entryId).toBe('crdt');
      // The state is written in the background; the follow-up reaches the other replica.
      await expect.poll(async () => (await b.loadConversation(context.conversation))?.topics[0]?.id).toBe('crdt');
      const followUp = await second.reply('how does it compare to gossip?', context);
      expect(followUp.comparedIds).toEqual(['crdt', 'gossip']);
      expect(followUp.followUp).toBe(true);
      // Another conversation knows nothing of it.
      expect(
        (await second.reply('how does it compare to gossip?', { ...context, conversation: 'slack:T1:C1:other' })).comparedIds,
      ).not.toEqual(['crdt', 'gossip']);
    });

    it('forgets a conversation after its time to live', async () => {
      const clock = manualClock();
      const store = await db().open({ now: clock.now });
      await store.saveConversation('k', { question: 'what is a crdt', topics: [{ id: 'crdt', name: 'CRDT' }], asker: {} }, 60_000);
      expect(await store.loadConversation('k')).toMatchObject({ topics: [{ id: 'crdt' }] });
      clock.at += 60_001;
      expect(await store.loadConversation('k')).toBeNull();
    });
  });

  describe('claim (event dedup)', () => {
    it('lets exactly one of two replicas win each key, however the calls interleave', async () => {
      const [a, b] = await Promise.all([db().open(), db().open()]);
      const keys = Array.from({ length: 25 }, (_, i) => `slack:event:Ev${i}`);
      const results = await Promise.all(keys.map((key) => Promise.all([a, b, a, b].map((store) => store.claim(key, 60_000)))));
      for (const wins of results) expect(wins.filter(Boolean)).toHaveLength(1);
    });

    it('answers a redelivered event once across two bot instances sharing the database', async () => {
      const knowledgeBase = loadContent(FIXTURE_CONTENT);
      const replicas = await Promise.all(
        [db().open(), db().open()].map(async (store) => ({ store: await store, bot: createBot({ knowledgeBase, store: await store }) })),
      );
      const answers: string[] = [];
      // What an adapter does with each delivery: claim the event id, answer only if first.
      await Promise.all(
        replicas.flatMap(({ store, bot }) =>
          [1, 2].map(async () => {
            if (await store.claim('slack:event:Ev-redelivered', 60_000))
              answers.push(bot.ask('wats a crdt', { platform: 'slack' }).entryId!);
          }),
        ),
      );
      expect(answers).toEqual(['crdt']);
    });

    it('lets the key be claimed again once it has expired', async () => {
      const clock = manualClock();
      const [a, b] = await Promise.all([db().open({ now: clock.now }), db().open({ now: clock.now })]);
      expect(await a.claim('notice:U1', 1000)).toBe(true);
      expect(await b.claim('notice:U1', 1000)).toBe(false);
      clock.at = T0 + 1000;
      expect(await b.claim('notice:U1', 1000)).toBe(true);
      expect(await a.claim('notice:U1', 1000)).toBe(false);
    });
  });

  describe('allow (rate limit)', () => {
    it('counts uses from every replica against one limit per window, then starts afresh', async () => {
      const clock = manualClock(T0 + 5);
      const [a, b] = await Promise.all([db().open({ now: clock.now }), db().open({ now: clock.now })]);
      const results = [];
      for (const store of [a, b, a, b]) results.push(await store.allow('discord:user:D1', 3, 60_000));
      expect(results).toEqual([true, true, true, false]);
      expect(await a.allow('discord:user:D2', 3, 60_000)).toBe(true);
      clock.at = T0 + 60_000;
      expect(await b.allow('discord:user:D1', 3, 60_000)).toBe(true);
    });

    it('allows exactly the limit when many uses arrive at once', async () => {
      const [a, b] = await Promise.all([db().open(), db().open()]);
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).allow('slack:user:U1', 5, 3_600_000)));
      expect(results.filter(Boolean)).toHaveLength(5);
    });
  });

  describe('welcomes', () => {
    it('remembers a welcome per person and place, seen from another replica', async () => {
      const [a, b] = await Promise.all([db().open(), db().open()]);
      const welcome = { platform: 'slack', userId: 'U1', place: 'C1' };
      expect(await b.hasWelcomed(welcome)).toBe(false);
      await a.recordWelcome(welcome);
      await a.recordWelcome(welcome);
      expect(await a.flush()).toBe(true);
      expect(await b.hasWelcomed(welcome)).toBe(true);
      expect(await b.hasWelcomed({ ...welcome, place: 'C2' })).toBe(false);
      expect(await b.hasWelcomed({ ...welcome, userId: 'U2' })).toBe(false);
    });
  });
});
