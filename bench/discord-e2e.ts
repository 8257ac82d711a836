import { pathToFileURL } from 'node:url';
import { contentDir } from '../adapters/boot/paths.js';
import { startDiscord } from '../adapters/discord/client.js';
import { createBot, createMemoryStore, loadContent, silentLogger } from '../src/index.js';
import { startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { slashCommand, type Place } from '../fakes/discord/payloads.js';
import { summarise } from './stats.js';

const QUESTIONS = [
  'what is a crdt',
  'sre vs dse',
  "what's needed for staff?",
  'how does raft work',
  'explain the cap theorem',
  'wats a quorum',
];
const WARMUP = 50;

/**
 * Discord end to end on loopback: an `/ask` INTERACTION_CREATE dispatched by the fake gateway →
 * the real discord.js Client and adapter → the interaction callback POST received by the fake.
 * One interaction at a time, each from its own user (so the rate limit stays out of it).
 *
 * @param content the content folder; the project's own by default, as for the Slack figure.
 * @returns milliseconds from just before the dispatch to the fake reading the callback.
 */
export async function benchDiscord(
  interactions = 1000,
  content: string = contentDir(),
): Promise<{ p50: number; p99: number; interactions: number }> {
  const fake = await startFakeDiscord();
  const store = createMemoryStore();
  const bot = createBot({ knowledgeBase: loadContent(content), store });
  const handle = await startDiscord({
    bot,
    store,
    logger: silentLogger,
    config: {
      token: 'bench-token',
      applicationId: fake.world.applicationId,
      apiUrl: fake.apiUrl,
      rateLimit: { limit: 1000, windowMs: 60_000 },
      shardCount: 1,
    },
  });
  const place: Place = { kind: 'channel', guild: fake.world.guilds[0]! };
  const samples: number[] = [];
  try {
    for (let i = 0; i < WARMUP + interactions; i++) {
      const user = { id: `${100_000_000_000_000_000n + BigInt(i)}`, username: `bench${i}` };
      const built = slashCommand(fake.world, user, place, 'ask', { question: QUESTIONS[i % QUESTIONS.length]! });
      const path = `/interactions/${built.id}/${built.token}/callback`;
      const answered = fake.waitForCall((c) => c.path === path, 10_000);
      const started = performance.now();
      fake.interact(built, place);
      const callback = await answered;
      if (i >= WARMUP) samples.push(callback.at - started);
      fake.calls.length = 0; // keeps each wait's scan short
    }
  } finally {
    await handle.stop();
    await fake.close();
  }
  const { p50, p99 } = summarise(samples);
  return { p50, p99, interactions: samples.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchDiscord(Number(process.argv[2] ?? 1000), process.argv[3]);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
