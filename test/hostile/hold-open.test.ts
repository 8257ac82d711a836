import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdOpen, idleConnections, rssMiB, signedAcks, type HeldRequest } from '../../bench/attack.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack.js';
import { spawnBot, type SpawnedBot } from '../../fakes/spawn-bot.js';

/** Slack retries an event whose acknowledgement takes longer than this. */
const SLACK_ACK_DEADLINE_MS = 3_000;
const SECRET = 'hold-open-signing-secret';
const MAX_CONNECTIONS = 450;

/**
 * Issue 16, finding 1: clients without credentials that open many connections and hold them
 * (the body announced, its last byte never sent) against the running process in Slack HTTP mode.
 * An operator sees memory stay flat, signed events still acked quickly, and a log that counts the
 * refusals instead of writing a line each.
 */
describe('unauthenticated clients against the running process in Slack HTTP mode', () => {
  let fake: FakeSlack;
  let bot: SpawnedBot;
  let port: number;
  let eventsUrl: string;
  const held: HeldRequest[] = [];
  beforeAll(async () => {
    fake = await startFakeSlack();
    bot = spawnBot({
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      STORE_SALT: 'hold-open-salt-0123456789',
      HTTP_MAX_CONNECTIONS: String(MAX_CONNECTIONS),
      // The JSON API beside Slack, open to anyone, without a per-address limit: the worst case.
      HTTP_API: 'true',
      HTTP_API_RATE_LIMIT: '100000',
    });
    port = Number((await bot.waitFor(/Started: Slack \(HTTP on port (\d+)/))[1]);
    eventsUrl = `http://127.0.0.1:${port}/slack/events`;
    // Warm: code compiled and the first answers sent, so that what grows later is the attack's.
    expect((await signedAcks(eventsUrl, SECRET, 30)).acked).toBe(30);
  });
  afterAll(async () => {
    for (const h of held) h.socket.destroy();
    await bot.stop();
    await fake.close();
  });

  it('refuses 300 unsigned 4 MiB bodies from their headers, keeps RSS flat and acks signed events fast meanwhile', async () => {
    const before = rssMiB(bot.child.pid!);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(bot.child.pid!))), 25);
    const unsigned = Array.from({ length: 300 }, () => holdOpen(port, { signature: 'none', bodyBytes: 4 * 1024 * 1024 }));
    // Well-formed but forged signatures must be read to be checked: a shared budget bounds them.
    const forged = Array.from({ length: 40 }, () => holdOpen(port, { signature: 'forged', bodyBytes: 1024 * 1024 }));
    held.push(...unsigned, ...forged);
    const acks = await signedAcks(eventsUrl, SECRET, 60, { concurrency: 4 });
    const statuses = await Promise.all(unsigned.map((h) => h.status));
    const settled = await Promise.all(unsigned.map((h) => h.settledMs));
    clearInterval(sampler);

    // Each is answered 401 from its headers and closed (a client still sending may see the reset first).
    expect(statuses.every((s) => s === 401 || s === null)).toBe(true);
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThan(0);
    expect(Math.max(...settled)).toBeLessThan(3_000);
    expect(acks.acked).toBe(60);
    // Slack gives 3 s; the first acks share the loop with 340 connections arriving at once.
    expect(acks.p99).toBeLessThan(SLACK_ACK_DEADLINE_MS);
    // Before the fix 300 such connections took RSS from 118 MiB to 1,299 MiB (measured here: under 40).
    expect(peak - before).toBeLessThan(64);
    // Past the budget, forged bodies are turned away at once rather than read.
    const forgedAnswered = await Promise.all(forged.map((h) => Promise.race([h.status, new Promise((r) => setTimeout(r, 200, 'held'))])));
    expect(forgedAnswered.filter((s) => s === 503).length).toBeGreaterThan(0);
  }, 30_000);

  it('closes connections past the cap at once, and serves again once the others go', async () => {
    const idle = idleConnections(port, MAX_CONNECTIONS + 100);
    const started = performance.now();
    const closedAt: number[] = [];
    for (const socket of idle) socket.once('close', () => closedAt.push(performance.now() - started));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // Those past the cap (the idle ones and what is left of earlier tests' count against it).
    expect(closedAt.length).toBeGreaterThanOrEqual(100);
    expect(closedAt.length).toBeLessThan(MAX_CONNECTIONS + 100);
    for (const socket of idle) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await signedAcks(eventsUrl, SECRET, 5)).acked).toBe(5);
  }, 20_000);

  it('keeps signed acks fast while 100 anonymous /ask clients send the costliest input', async () => {
    const costly = encodeURIComponent('\uFDFA'.repeat(500));
    const agent = new Agent({ keepAlive: true, maxSockets: 100 });
    const statuses: Record<number, number> = {};
    const until = performance.now() + 3_000;
    const client = async () => {
      while (performance.now() < until) {
        const status = await new Promise<number>((resolve) =>
          request(`http://127.0.0.1:${port}/ask?q=${costly}`, { agent }, (res) =>
            res.resume().once('end', () => resolve(res.statusCode ?? 0)),
          )
            .once('error', () => resolve(0))
            .end(),
        );
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    };
    const flood = Promise.all(Array.from({ length: 100 }, client));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const acks = await signedAcks(eventsUrl, SECRET, 40, { concurrency: 4 });
    await flood;
    agent.destroy();
    expect(acks.acked).toBe(40);
    // Before: p50 3.5 s, past Slack's 3 s. /ask now gets a quarter of each second beside Slack. The bound is
    // Slack's own deadline, what a user would notice; how fast exactly is measured by npm run bench:hardening.
    expect(acks.p99).toBeLessThan(SLACK_ACK_DEADLINE_MS);
    expect(statuses[200]).toBeGreaterThan(0);
    expect(statuses[503]).toBeGreaterThan(0);
  }, 20_000);

  it('writes one counting line per minute for all of them, not a line each', async () => {
    await bot.waitFor(/requests refused before authentication/);
    const lines = bot
      .output()
      .split('\n')
      .filter((l) => l.includes('requests refused before authentication'));
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines[0]).toMatch(/"refused":\{"unsigned":\d+/);
    expect(bot.output()).not.toMatch(/Failed to verify authenticity|"level":50/);
  });
});
