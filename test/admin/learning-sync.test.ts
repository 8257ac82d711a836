import { describe, expect, it } from 'vitest';
import { startLearningSync } from '../../adapters/admin/learning-sync.js';
import { createBot, loadContent } from '../../src/index.js';
import { REAL_CONTENT } from '../helpers.js';
import { BACKENDS, captureLogger, postgresBackend, useTestDatabase } from '../store/backends.js';

const QUESTION = 'best laptop for coding';
const ENTRY = 'do-staff-engineers-code';
const content = loadContent(REAL_CONTENT);

async function until(check: () => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error(`not true after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return performance.now() - started;
}

describe.each(BACKENDS.map((b) => [b.name, b] as const))('%s: learning reaches every replica', (_, backend) => {
  const db = useTestDatabase(backend);

  it('a question accepted through one replica is answered by another within a few seconds', async () => {
    const [storeA, storeB] = [await db().open(), await db().open()];
    const replicaB = createBot({ knowledgeBase: content, store: storeB });
    const sync = startLearningSync({ store: storeB.learning, bot: replicaB, intervalMs: 200, logger: captureLogger() });
    try {
      expect(replicaB.ask(QUESTION, { platform: 'slack' }).kind).toBe('decline');
      await storeA.learning.accept(QUESTION, ENTRY);
      await until(() => replicaB.ask(QUESTION, { platform: 'slack' }).entryId === ENTRY, 5_000);
    } finally {
      sync.stop();
    }
  });

  it('a replica started later learns everything accepted before it', async () => {
    const store = await db().open();
    await store.learning.accept(QUESTION, ENTRY);
    await store.learning.accept('is a mechanical keyboard worth it', 'interviews');
    const bot = createBot({ knowledgeBase: content, store });
    const sync = startLearningSync({ store: store.learning, bot, intervalMs: 0, logger: captureLogger() });
    await sync.poll();
    expect(bot.ask(QUESTION, { platform: 'slack' }).entryId).toBe(ENTRY);
    sync.stop();
  });
});

// SQLite's "away" is a writer's lock, which reads go past: only a PostgreSQL server can be away.
describe('postgres: learning through an outage', () => {
  const db = useTestDatabase(postgresBackend);

  it('keeps answering while the database is away, says so once, and catches up when it is back', async () => {
    const store = await db().open();
    const bot = createBot({ knowledgeBase: content, store });
    const logger = captureLogger();
    const sync = startLearningSync({ store: store.learning, bot, intervalMs: 0, logger });
    await sync.poll();
    await db().stop();
    await sync.poll();
    await sync.poll();
    expect(logger.lines.filter((l) => l.msg?.startsWith('learning: accepted questions not read'))).toHaveLength(1);
    expect(bot.ask('wats a crdt', { platform: 'slack' }).kind).toBe('answer');
    await db().start();
    await (await db().open()).learning.accept(QUESTION, ENTRY);
    // The store may still count the database as away for its cooldown: the next reads get through.
    for (let i = 0; i < 100 && bot.ask(QUESTION, { platform: 'slack' }).entryId !== ENTRY; i += 1) {
      await sync.poll();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(bot.ask(QUESTION, { platform: 'slack' }).entryId).toBe(ENTRY);
    sync.stop();
  });
});
