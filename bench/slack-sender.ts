import { parentPort, workerData } from 'node:worker_threads';
import { SIGNING_SECRET } from '../test/slack/harness.js';
import { postSigned } from '../test/slack/signing.js';

/**
 * The load generator for `loadSlack`, in a worker thread: Slack sends from its own machines, so
 * the bot's event loop should not also carry the sender's 200 open requests.
 */
interface Job {
  url: string;
  bodies: string[];
  concurrency: number;
}

const { url, bodies, concurrency } = workerData as Job;
const acks: number[] = [];
let next = 0;
const worker = async () => {
  while (next < bodies.length) {
    const body = bodies[next++]!;
    const started = performance.now();
    const res = await postSigned(url, body, { secret: SIGNING_SECRET, contentType: 'application/json' });
    await res.arrayBuffer();
    if (res.status === 200) acks.push(performance.now() - started);
  }
};
await Promise.all(Array.from({ length: concurrency }, worker));
parentPort!.postMessage(acks);
