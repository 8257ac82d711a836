import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { askRoute } from '../../adapters/http-api/ask-route.js';
import { createRefusalLog } from '../../adapters/runtime/http-edge.js';
import type { Bot } from '../../src/index.js';
import { fixtureBot } from '../helpers.js';
import { captureLogger } from '../store/backends.js';

/** A clock moved by hand, and the real core made slow on it: each question takes `ms`, as the costliest input would. */
function slowBot(ms: number, clock: { at: number }): Bot {
  const bot = fixtureBot();
  return {
    ...bot,
    ask(question, context) {
      clock.at += ms;
      return bot.ask(question, context);
    },
  };
}

describe('GET /ask shares the process with the chat platforms', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  it('answers no more than its share of each second, whoever asks, and says when to come back', async () => {
    const clock = { at: 0 };
    const route = askRoute(slowBot(100, clock), {
      rateLimit: { limit: 1_000, windowMs: 60_000 },
      refusals: createRefusalLog({ logger: captureLogger() }),
      cpuShare: 0.25,
      now: () => clock.at,
    });
    server = createServer((req, res) => route.handler(req, res)).listen(0, '127.0.0.1');
    await new Promise((resolve) => server!.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/ask?q=crdt`;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(url)).status);
    // 100 ms each: three fit in a quarter of a second, the rest wait for the next one.
    expect(statuses).toEqual([200, 200, 200, 503, 503]);
    clock.at += 1_000;
    expect((await fetch(url)).status).toBe(200);
  });
});
