import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { contentDir } from '../adapters/boot/paths.js';
import { startDiscord } from '../adapters/discord/client.js';
import { loadSlackConfig } from '../adapters/slack/config.js';
import { startSlack } from '../adapters/slack/start-slack.js';
import { createBot, createMemoryStore, loadContent, silentLogger, type Bot } from '../src/index.js';
import { SIGNING_SECRET } from '../fakes/slack/harness.js';
import { figures, type BotMessage, type DriverJob, type DriverMessage, type DriverResult, type LoadFigures } from './load-shared.js';

export type { LoadFigures } from './load-shared.js';
export { memoryUnderQuestions, type MemoryFigures } from './memory.js';

/**
 * A driver's compiled file. Workers run JavaScript, so from the TypeScript sources (the tests)
 * the build in dist/ is used: `npm test` builds first.
 */
function driverScript(name: string): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  const url = fromSources ? new URL(`../dist/bench/${name}.js`, import.meta.url) : new URL(`./${name}.js`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) throw new Error(`load: ${fileURLToPath(url)} is missing; run npm run build first`);
  return url;
}

/**
 * Starts a driver worker (the fake platform and its traffic), starts the bot against it once
 * the fake is up, and returns what the driver measured. The bot is stopped before the fake.
 */
async function drive(
  name: string,
  job: DriverJob,
  startBot: (ready: Extract<DriverMessage, { type: 'ready' }>) => Promise<{ go: BotMessage; stop: () => Promise<void> }>,
): Promise<DriverResult> {
  const worker = new Worker(driverScript(name), { workerData: job });
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`load: ${name} exited early with code ${code}`)));
  });
  const next = () => Promise.race([once(worker, 'message') as Promise<[DriverMessage]>, failed]).then(([m]) => m);
  const ready = await next();
  if (ready.type !== 'ready') throw new Error(`load: ${name} sent ${ready.type} before ready`);
  const bot = await startBot(ready);
  try {
    worker.postMessage(bot.go);
    const done = await next();
    if (done.type !== 'done') throw new Error(`load: ${name} sent ${done.type} instead of its result`);
    return done.result;
  } finally {
    await bot.stop();
    failed.catch(() => undefined);
    worker.postMessage({ type: 'close' } satisfies BotMessage);
    await once(worker, 'exit');
  }
}

const botOver = (content: string): Bot => createBot({ knowledgeBase: loadContent(content) });

export interface LoadOptions {
  /** The content folder; the project's own by default. */
  content?: string;
  /** Requests sent first, unmeasured, at full concurrency; `concurrency` by default. */
  warmup?: number;
}

/**
 * Signed `app_mention` events POSTed to the real Bolt app in HTTP mode, `concurrency` at a time,
 * by a worker that also plays the Slack Web API: every ack timed, every `chat.postMessage` counted
 * per event. A warm-up of `concurrency` events comes first.
 */
export async function loadSlack(total: number, concurrency: number, options: LoadOptions = {}): Promise<LoadFigures> {
  const { content = contentDir(), warmup = concurrency } = options;
  const result = await drive('load-slack-driver', { total, concurrency, warmup }, async (ready) => {
    const config = loadSlackConfig({
      SLACK_BOT_TOKEN: ready.botToken,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: ready.apiUrl,
      PORT: '0',
    });
    const slack = await startSlack({ bot: botOver(content), config, store: createMemoryStore(), logger: silentLogger });
    return { go: { type: 'go', eventsUrl: `http://127.0.0.1:${slack.port}/slack/events` }, stop: () => slack.stop() };
  });
  return figures(total, concurrency, result);
}

/**
 * `/ask` interactions dispatched over the gateway to the real discord.js client, `concurrency`
 * at a time, by a worker that plays Discord: each timed until its callback, callbacks counted.
 */
export async function loadDiscord(total: number, concurrency: number, options: LoadOptions = {}): Promise<LoadFigures> {
  const { content = contentDir(), warmup = concurrency } = options;
  const result = await drive('load-discord-driver', { total, concurrency, warmup }, async (ready) => {
    const handle = await startDiscord({
      bot: botOver(content),
      store: createMemoryStore(),
      logger: silentLogger,
      config: {
        token: 'load-token',
        applicationId: ready.applicationId!,
        apiUrl: ready.apiUrl,
        rateLimit: { limit: 1000, windowMs: 60_000 },
        shardCount: 1,
      },
    });
    return { go: { type: 'go' }, stop: () => handle.stop() };
  });
  return figures(total, concurrency, result);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // node dist/bench/load.js [total] [concurrency] [warm-up]
  const [total = 2000, concurrency = 200, warmup = concurrency] = process.argv.slice(2).map(Number);
  const options = { warmup };
  const slack = await loadSlack(total, concurrency, options);
  const discord = await loadDiscord(total, concurrency, options);
  process.stdout.write(`${JSON.stringify({ slack, discord }, null, 2)}\n`);
}
