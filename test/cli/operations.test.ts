import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS } from '../../src/index.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack.js';
import { spawnBot, type SpawnedBot } from '../../fakes/spawn-bot.js';

const mode = (file: string) => statSync(file).mode & 0o777;
const SECRET = 'operations-signing-secret';

/** GET through one keep-alive connection, as a load balancer's health checks come. */
function get(url: string, agent: Agent, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.once('error', reject).end();
  });
}

/**
 * Issue 16, finding 8 and the HTTP API of finding 2, as an operator meets them with `npm start`:
 * files, salts, metrics, readiness during a drain, credentials in URLs, and what /ask allows.
 */
describe('npm start, operated', () => {
  let bot: SpawnedBot | undefined;
  let fake: FakeSlack | undefined;
  const folders: string[] = [];
  afterEach(async () => {
    await bot?.stop();
    await fake?.close();
    bot = fake = undefined;
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'operations-'));
    folders.push(dir);
    return dir;
  };
  const portOf = async (started: SpawnedBot, front = 'HTTP API') =>
    Number((await started.waitFor(new RegExp(`Started: ${front} \\(port (\\d+)`)))[1]);

  it('keeps the SQLite files and the salt readable by their owner only, and refuses a lost salt beside existing records', async () => {
    const data = join(folder(), 'data');
    const storePath = join(data, 'bot.sqlite');
    bot = spawnBot({ STORE_PATH: storePath }, ['--serve']);
    const port = await portOf(bot);
    expect((await fetch(`http://127.0.0.1:${port}/ask?q=crdt`)).status).toBe(200);
    expect(await bot.stop()).toBe(0);
    expect(mode(data)).toBe(0o700);
    for (const file of [storePath, `${storePath}-wal`, `${storePath}-shm`, join(data, '.salt')]) {
      if (existsSync(file)) expect(mode(file), file).toBe(0o600);
    }

    rmSync(join(data, '.salt'));
    bot = spawnBot({ STORE_PATH: storePath }, ['--serve']);
    const [code] = (await once(bot.child, 'exit')) as [number];
    expect(code).toBe(1);
    expect(bot.output()).toContain(`The salt file ${join(data, '.salt')} is missing`);
    expect(bot.output()).toContain('STORE_NEW_SALT=true');
    expect(existsSync(join(data, '.salt'))).toBe(false);

    bot = spawnBot({ STORE_PATH: storePath, STORE_NEW_SALT: 'true' }, ['--serve']);
    await portOf(bot);
    expect(existsSync(join(data, '.salt'))).toBe(true);
  });

  it('refuses a STORE_SALT other than the one the records were hashed with', async () => {
    const storePath = join(folder(), 'bot.sqlite');
    bot = spawnBot({ STORE_PATH: storePath, STORE_SALT: 'the-first-salt-0123456789' }, ['--serve']);
    await portOf(bot);
    await bot.stop();
    bot = spawnBot({ STORE_PATH: storePath, STORE_SALT: 'another-salt-0123456789' }, ['--serve']);
    const [code] = (await once(bot.child, 'exit')) as [number];
    expect(code).toBe(1);
    expect(bot.output()).toContain('The store was written with another salt');
  });

  it('serves /metrics on METRICS_PORT only, and answers /readyz with 503 from SIGTERM until it exits', async () => {
    fake = await startFakeSlack();
    bot = spawnBot({
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      STORE_SALT: 'operations-salt-0123456789',
      METRICS_PORT: '0',
      SHUTDOWN_DELAY_SECONDS: '1',
    });
    const port = Number((await bot.waitFor(/Started: Slack \(HTTP on port (\d+)/))[1]);
    const metricsPort = await portOf(bot, 'Metrics');
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await get(`http://127.0.0.1:${port}/metrics`, agent)).status).toBe(404);
    expect((await get(`http://127.0.0.1:${metricsPort}/metrics`, new Agent())).body).toContain('dsbot_http_refused_total');
    // The JSON API is off unless asked for.
    expect((await get(`http://127.0.0.1:${port}/ask?q=crdt`, agent)).status).toBe(404);

    expect((await get(`http://127.0.0.1:${port}/readyz`, agent)).status).toBe(200);
    bot.child.kill('SIGTERM');
    const statuses: number[] = [];
    for (;;) {
      const answer = await get(`http://127.0.0.1:${port}/readyz`, agent).catch(() => null);
      if (!answer) break;
      statuses.push(answer.status);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    agent.destroy();
    // The first check may beat the signal; once one is 503, none is ready again.
    const first503 = statuses.indexOf(503);
    expect(first503).toBeGreaterThanOrEqual(0);
    expect(first503).toBeLessThanOrEqual(1);
    expect(statuses.slice(first503).every((s) => s === 503)).toBe(true);
    expect(statuses.length).toBeGreaterThan(5); // still serving through the drain
    const [code] = bot.child.exitCode === null ? ((await once(bot.child, 'exit')) as [number]) : [bot.child.exitCode];
    expect(code).toBe(0);
  });

  it('says why Slack could not be reached without printing the password in SLACK_API_URL', async () => {
    bot = spawnBot({
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_APP_TOKEN: 'xapp-1-A1-abc',
      SLACK_API_URL: 'http://proxy-user:proxy-password-1234@127.0.0.1:9/api/',
    });
    const [code] = (await once(bot.child, 'exit')) as [number];
    expect(code).toBe(1);
    expect(bot.output()).toContain('Slack could not start');
    expect(bot.output()).toContain('http://proxy-user:[redacted]@127.0.0.1:9/api/');
    expect(bot.output()).not.toContain('proxy-password-1234');
  });

  it('answers /ask only with the token, within the per-client limit and the length cap, and logs no question text when told not to keep it', async () => {
    bot = spawnBot({ HTTP_API_TOKEN: 'ask-token-0123456789abcdef', HTTP_API_RATE_LIMIT: '3', STORE_QUESTION_TEXT: 'false' }, ['--serve']);
    const base = `http://127.0.0.1:${await portOf(bot)}`;
    const withToken = { authorization: 'Bearer ask-token-0123456789abcdef' };
    expect((await fetch(`${base}/ask?q=crdt`)).status).toBe(401);
    expect((await fetch(`${base}/ask?q=crdt`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const question = 'my secret words about crdt';
    expect((await fetch(`${base}/ask?q=${encodeURIComponent(question)}`, { headers: withToken })).status).toBe(200);
    expect((await fetch(`${base}/ask?q=${'a'.repeat(MAX_QUESTION_CHARS + 1)}`, { headers: withToken })).status).toBe(400);
    expect((await fetch(`${base}/ask?q=crdt`, { headers: withToken })).status).toBe(200);
    const limited = await fetch(`${base}/ask?q=crdt`, { headers: withToken });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    await bot.waitFor(/question answered/);
    expect(bot.output()).not.toContain('my secret words');
    expect(bot.output()).not.toContain('ask-token-0123456789abcdef');
  });
});
