import { once } from 'node:events';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { runInNewContext } from 'node:vm';
import { pathToFileURL } from 'node:url';
import { startDiscord } from '../adapters/discord/client.js';
import { createBot, createMemoryStore, loadContent, silentLogger, type Bot } from '../src/index.js';
import { startFakeDiscord } from '../test/discord/fake/fake-discord.js';
import { slashCommand, type Place } from '../test/discord/fake/payloads.js';
import { SIGNING_SECRET, startHarness } from '../test/slack/harness.js';
import { appMention, eventCallback, nextTs } from '../test/slack/payloads.js';
import { postSigned } from '../test/slack/signing.js';
import { contentDir } from '../adapters/cli/paths.js';
import { summarise } from './stats.js';

const WARMUP = 20;
const QUESTIONS = ['what is a crdt', 'sre vs dse', "what's needed for staff?", 'how does raft work', 'wats a quorum', 'how tall is everest'];

export interface LoadFigures {
  sent: number;
  concurrency: number;
  /** Slack: HTTP 200 acks; Discord: interactions with a callback. */
  acked: number;
  ackP50: number;
  ackP99: number;
  ackMax: number;
  answeredOnce: number;
  answeredTwice: number;
  unanswered: number;
}

/** Runs `task(i)` for i < total with at most `concurrency` at a time. */
async function pool(total: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < total) await task(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `count()` stops changing (or reaches `target`), so late duplicates are counted too. */
async function settle(count: () => number, target: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (count() < target && Date.now() < deadline) await sleep(20);
  await sleep(300);
}

/** The sender's compiled file: workers run JavaScript, so from the TypeScript sources (tests) use dist/. */
const senderScript = () =>
  import.meta.url.endsWith('.ts') ? new URL('../dist/bench/slack-sender.js', import.meta.url) : new URL('./slack-sender.js', import.meta.url);

const botOver = (content: string): Bot => createBot({ knowledgeBase: loadContent(content) });

/**
 * Signed `app_mention` events POSTed to the real Bolt app in HTTP mode, `concurrency` at a time,
 * each from its own user: every ack timed, every `chat.postMessage` counted per event.
 */
export async function loadSlack(total: number, concurrency: number, content = contentDir()): Promise<LoadFigures> {
  const store = createMemoryStore();
  const h = await startHarness({ bot: botOver(content), store, logger: silentLogger });
  const acks: number[] = [];
  const tsOf: string[] = [];
  try {
    // A warm process, as in production: the first requests pay for JIT and lazy set-up.
    for (let i = 0; i < WARMUP; i++) {
      const body = JSON.stringify(eventCallback(appMention(QUESTIONS[i % QUESTIONS.length]!, { ts: nextTs(), user: `UWARM${i}` })));
      await (await postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET, contentType: 'application/json' })).arrayBuffer();
    }
    await settle(() => h.fake.calls.filter((c) => c.method === 'chat.postMessage').length, WARMUP);
    h.fake.calls.length = 0;
    const bodies = Array.from({ length: total }, (_, i) => {
      tsOf[i] = nextTs();
      return JSON.stringify(eventCallback(appMention(QUESTIONS[i % QUESTIONS.length]!, { ts: tsOf[i], user: `ULOAD${i}` })));
    });
    const sender = new Worker(senderScript(), { workerData: { url: h.eventsUrl, bodies, concurrency } });
    const [timings] = (await once(sender, 'message')) as [number[]];
    acks.push(...timings);
    const answers = () => h.fake.calls.filter((c) => c.method === 'chat.postMessage' && !c.failed);
    await settle(() => answers().length, total);
    const perEvent = new Map<string, number>();
    for (const call of answers()) perEvent.set(call.args.thread_ts, (perEvent.get(call.args.thread_ts) ?? 0) + 1);
    return figures(total, concurrency, acks, tsOf.map((ts) => perEvent.get(ts) ?? 0));
  } finally {
    await h.close();
  }
}

/** `/ask` interactions dispatched by the fake gateway to the real discord.js client, `concurrency` at a time. */
export async function loadDiscord(total: number, concurrency: number, content = contentDir()): Promise<LoadFigures> {
  const fake = await startFakeDiscord();
  const handle = await startDiscord({
    bot: botOver(content),
    store: createMemoryStore(),
    logger: silentLogger,
    config: { token: 'load-token', applicationId: fake.world.applicationId, apiUrl: fake.apiUrl, rateLimit: { limit: 1000, windowMs: 60_000 }, shardCount: 1 },
  });
  const place: Place = { kind: 'channel', guild: fake.world.guilds[0]! };
  const acks: number[] = [];
  const paths: string[] = [];
  try {
    for (let i = 0; i < WARMUP; i++) {
      const built = slashCommand(fake.world, { id: `${300_000_000_000_000_000n + BigInt(i)}`, username: `warm${i}` }, place, 'ask', { question: QUESTIONS[i % QUESTIONS.length]! });
      const answered = fake.waitForCall((c) => c.path === `/interactions/${built.id}/${built.token}/callback`, 10_000);
      fake.interact(built, place);
      await answered;
    }
    fake.calls.length = 0;
    await pool(total, concurrency, async (i) => {
      const user = { id: `${200_000_000_000_000_000n + BigInt(i)}`, username: `load${i}` };
      const built = slashCommand(fake.world, user, place, 'ask', { question: QUESTIONS[i % QUESTIONS.length]! });
      const path = `/interactions/${built.id}/${built.token}/callback`;
      paths[i] = path;
      const answered = fake.waitForCall((c) => c.path === path, 10_000);
      const sentAt = fake.interact(built, place);
      const callback = await answered.catch(() => null);
      if (callback) acks.push(callback.at - sentAt);
    });
    const count = () => fake.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/callback')).length;
    await settle(count, total);
    const perPath = new Map<string, number>();
    for (const call of fake.calls) if (call.method === 'POST' && call.path.endsWith('/callback')) perPath.set(call.path, (perPath.get(call.path) ?? 0) + 1);
    return figures(total, concurrency, acks, paths.map((p) => perPath.get(p) ?? 0));
  } finally {
    await handle.stop();
    await fake.close();
  }
}

function figures(sent: number, concurrency: number, acks: number[], answersPerRequest: number[]): LoadFigures {
  const { p50, p99 } = summarise(acks);
  return {
    sent,
    concurrency,
    acked: acks.length,
    ackP50: p50,
    ackP99: p99,
    ackMax: Math.max(0, ...acks),
    answeredOnce: answersPerRequest.filter((n) => n === 1).length,
    answeredTwice: answersPerRequest.filter((n) => n > 1).length,
    unanswered: answersPerRequest.filter((n) => n === 0).length,
  };
}

/** Heap after a full GC, in MB, at checkpoints while the core answers `total` questions. */
export function memoryUnderQuestions(bot: Bot, total: number, checkpoints = 5): { questions: number; heapMb: number[] } {
  // A real full collection, even without --expose-gc, so the figures are live memory, not garbage.
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const heap = () => {
    gc();
    return process.memoryUsage().heapUsed / 1024 / 1024;
  };
  const heapMb: number[] = [];
  const step = Math.ceil(total / checkpoints);
  for (let i = 0; i < total; i++) {
    // Varied text, so no cache can make the run artificially flat.
    bot.ask(`${QUESTIONS[i % QUESTIONS.length]} ${i % 97} ${String.fromCharCode(97 + (i % 26))}`, { platform: 'bench' });
    if (i % step === 0) heapMb.push(heap());
  }
  heapMb.push(heap());
  return { questions: total, heapMb };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify({ slack: await loadSlack(2000, 200), discord: await loadDiscord(2000, 200) }, null, 2)}\n`);
}
