import { pathToFileURL } from 'node:url';
import { contentDir } from '../adapters/boot/paths.js';
import { createBot, createMemoryStore, loadContent, silentLogger } from '../src/index.js';
import { SIGNING_SECRET, startHarness } from '../fakes/slack/harness.js';
import { appMention, eventCallback, nextTs } from '../fakes/slack/payloads.js';
import { postSigned } from '../fakes/slack/signing.js';
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
 * Slack end to end on loopback, HTTP mode: a signed `app_mention` POSTed to the real Bolt app →
 * the answer's `chat.postMessage` received by the fake Slack. One event at a time, each from
 * its own user (so the rate limit stays out of it), with the real content.
 *
 * @returns milliseconds, measured from just before the POST to the fake receiving the answer.
 */
export async function benchSlack(events = 1000): Promise<{ p50: number; p99: number; events: number }> {
  const store = createMemoryStore();
  const bot = createBot({ knowledgeBase: loadContent(contentDir()), store });
  const h = await startHarness({ bot, store, logger: silentLogger });
  const samples: number[] = [];
  try {
    for (let i = 0; i < WARMUP + events; i++) {
      const ts = nextTs();
      const body = JSON.stringify(eventCallback(appMention(QUESTIONS[i % QUESTIONS.length]!, { ts, user: `UBENCH${i}` })));
      const answered = h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ts, 10_000);
      const started = performance.now();
      const res = await postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET, contentType: 'application/json' });
      await res.arrayBuffer();
      const post = await answered;
      if (i >= WARMUP) samples.push(post.at - started);
    }
  } finally {
    await h.close();
  }
  const { p50, p99 } = summarise(samples);
  return { p50, p99, events: samples.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchSlack(Number(process.argv[2] ?? 1000));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
