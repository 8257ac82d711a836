import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { startFakeSlack } from '../fakes/slack/fake-slack.js';
import { SIGNING_SECRET } from '../fakes/slack/harness.js';
import { appMention, eventCallback, nextTs } from '../fakes/slack/payloads.js';
import { slackSignature } from '../fakes/slack/signing.js';
import { LOAD_QUESTIONS, pool, settle, type BotMessage, type DriverJob, type DriverMessage } from './load-shared.js';

/**
 * The Slack side of a load run, in a worker thread: the fake Web API and the sender of signed
 * `app_mention` events. Slack's servers do not share the bot's event loop, so neither does this:
 * what is measured is the bot's own work. Each event comes from its own user (the rate limit
 * stays out of it) and carries its own `ts`, by which its `chat.postMessage` calls are counted.
 */
const { total, concurrency, warmup } = workerData as DriverJob;
const port = parentPort!;
const fake = await startFakeSlack();
const send = (message: DriverMessage) => port.postMessage(message);
send({ type: 'ready', apiUrl: fake.apiUrl, botToken: fake.botToken });
const [go] = (await once(port, 'message')) as [BotMessage];
const eventsUrl = go.type === 'go' ? go.eventsUrl! : '';

// Exactly `concurrency` keep-alive connections, as a sender holding that many requests open uses:
// fetch's pool sometimes opens a new one while a finished one is not yet marked free.
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

/** POSTs a body signed as Slack signs it; resolves with the HTTP status once the response has been read. */
function postSigned(body: string): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': 'application/json',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(SIGNING_SECRET, timestamp, body),
  };
  return new Promise((resolve, reject) => {
    const req = request(eventsUrl, { method: 'POST', agent, headers }, (res) => {
      res.resume().once('end', () => resolve(res.statusCode ?? 0));
    });
    req.once('error', reject).end(body);
  });
}

const body = (i: number, ts: string, user: string) =>
  JSON.stringify(eventCallback(appMention(LOAD_QUESTIONS[i % LOAD_QUESTIONS.length]!, { ts, user })));
const tsOf = Array.from({ length: total }, () => nextTs());
const measured = new Set(tsOf);
const answers = () => fake.calls.filter((c) => c.method === 'chat.postMessage' && !c.failed && measured.has(c.args.thread_ts));

// Warm-up at full concurrency: the sender's connections are open and the bot's code is hot. The
// run follows at once, while the warm-up is still being answered: waiting longer would let idle
// connections time out, and Node accepts one new connection per event-loop turn, so a burst of new
// ones behind a busy loop measures accepting connections, not answering (warmup 0 shows that).
await pool(warmup, concurrency, async (i) => void (await postSigned(body(i, nextTs(), `UWARM${i}`))));

const bodies = tsOf.map((ts, i) => body(i, ts, `ULOAD${i}`));
const acks: number[] = [];
await pool(total, concurrency, async (i) => {
  const started = performance.now();
  if ((await postSigned(bodies[i]!)) === 200) acks.push(performance.now() - started);
});
await settle(() => answers().length, total);
const perEvent = new Map<string, number>();
for (const call of answers()) perEvent.set(call.args.thread_ts, (perEvent.get(call.args.thread_ts) ?? 0) + 1);
send({ type: 'done', result: { acks, answersPerRequest: tsOf.map((ts) => perEvent.get(ts) ?? 0) } });

await once(port, 'message'); // close: the bot has stopped
agent.destroy();
await fake.close();
port.close();
