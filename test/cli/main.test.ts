import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { postSigned } from '../../fakes/slack/signing.js';
import { appMention, eventCallback, nextTs } from '../../fakes/slack/payloads.js';
import { startFakeSlack } from '../../fakes/slack/fake-slack.js';
import { copyFixture, editFile, FIXTURE_CONTENT } from '../helpers.js';
import { emptyFolder } from '../../fakes/spawn-bot.js';

const MAIN = join(import.meta.dirname, '..', '..', 'dist', 'adapters', 'boot', 'start.js');
const running: ChildProcess[] = [];

interface Started {
  child: ChildProcess;
  stderr: () => string;
  /** Resolves with the first stderr match, e.g. the "Started:" line with the port. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
}

/** Starts the composition root as `npm start` does, with exactly the given environment. */
function start(env: Record<string, string>, args: string[] = []): Started {
  const child = spawn(process.execPath, [MAIN, ...args], {
    // Each run gets its own SQLite file, so tests never write into the project.
    env: {
      PATH: process.env.PATH!,
      CONTENT_DIR: FIXTURE_CONTENT,
      PORT: '0',
      STORE_PATH: join(mkdtempSync(join(tmpdir(), 'store-')), 'bot.sqlite'),
      ...env,
    },
    // An empty folder: a .env in the project must not reach the test.
    cwd: emptyFolder(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.push(child);
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return {
    child,
    stderr: () => err,
    waitFor: (pattern, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; stderr:\n${err}`)), timeoutMs);
        const check = () => {
          const match = err.match(pattern);
          if (match) {
            clearTimeout(timer);
            child.stderr!.off('data', check);
            resolve(match);
          }
        };
        child.stderr!.on('data', check);
        check();
      }),
  };
}

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('npm start (the composition root)', () => {
  it('refuses a bad configuration, listing every problem with the variable and how to fix it', async () => {
    const bot = start({ SLACK_BOT_TOKEN: 'bad-token', DISCORD_APPLICATION_ID: 'abc', PORT: 'eighty' });
    const [code] = await once(bot.child, 'exit');
    expect(code).toBe(1);
    const text = bot.stderr();
    expect(text).toContain('SLACK_BOT_TOKEN must start with "xoxb-"');
    expect(text).toContain('Set SLACK_APP_TOKEN (Socket Mode: no public URL needed) or SLACK_SIGNING_SECRET');
    expect(text).toContain('DISCORD_TOKEN is required');
    expect(text).toContain('DISCORD_APPLICATION_ID must be a numeric id');
    expect(text).toContain('PORT must be a port number');
  });

  it('runs Slack in HTTP mode with health, readiness and token-guarded metrics on the same port, logs no secret, and stops cleanly on SIGTERM', async () => {
    const fake = await startFakeSlack();
    try {
      const secret = 'signing-secret-for-the-test';
      const storePath = join(mkdtempSync(join(tmpdir(), 'store-')), 'bot.sqlite');
      const bot = start({
        STORE_PATH: storePath,
        SLACK_BOT_TOKEN: fake.botToken,
        SLACK_SIGNING_SECRET: secret,
        SLACK_API_URL: fake.apiUrl,
        LOG_LEVEL: 'debug',
        METRICS_TOKEN: 'metrics-token-for-the-test',
      });
      const [, port] = await bot.waitFor(/Started: Slack \(HTTP on port (\d+) at \/slack\/events\)/);
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready', waiting: [] });

      const ts = nextTs();
      const body = JSON.stringify(eventCallback(appMention('<@UBOT> wats a crdt', { ts })));
      expect((await postSigned(`${base}/slack/events`, body, { secret, contentType: 'application/json' })).status).toBe(200);
      const post = await fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ts);
      expect(JSON.stringify(post.args.blocks)).toContain('CRDTs');

      // The Slack port faces the internet: /metrics there answers only with the token.
      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      const metrics = await (await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer metrics-token-for-the-test' } })).text();
      expect(metrics).toMatch(/dsbot_questions_total\{platform="slack",outcome="answer"\} 1/);
      expect(metrics).toContain('dsbot_answer_latency_seconds_bucket');
      expect(metrics).toMatch(/dsbot_content_entries 6/);
      expect(metrics).toContain('process_resident_memory_bytes');

      await bot.waitFor(/question answered/);
      bot.child.kill('SIGTERM');
      const [code] = await once(bot.child, 'exit');
      expect(code).toBe(0);
      expect(bot.stderr()).toContain('"platform":"slack","outcome":"answer","entryId":"crdt"');
      expect(bot.stderr()).not.toContain(fake.botToken);
      expect(bot.stderr()).not.toContain(secret);
      expect(bot.stderr()).not.toContain('metrics-token-for-the-test');

      // The question reached the SQLite store on the way out, with the user id hashed.
      const db = new Database(storePath, { readonly: true });
      const rows = db.prepare('SELECT platform, outcome, entry_id, user_hash FROM questions').all() as Record<string, string>[];
      db.close();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ platform: 'slack', outcome: 'answer', entry_id: 'crdt' });
      expect(rows[0]!.user_hash).toMatch(/^[0-9a-f]{16,}$/);
    } finally {
      await fake.close();
    }
  });

  it.each([
    ['--serve', {}, ['--serve']],
    ['HTTP_API=yes', { HTTP_API: 'yes' }, []],
  ])('serves the JSON question API with %s', async (_, env: Record<string, string>, args: string[]) => {
    const bot = start(env, args);
    const [, port] = await bot.waitFor(/Started: HTTP API \(port (\d+):/);
    const answer = await (await fetch(`http://127.0.0.1:${port}/ask?q=${encodeURIComponent('SRE vs DSE?')}`)).json();
    expect(answer).toMatchObject({ answered: true, id: 'dse-vs-sre' });
    expect((await fetch(`http://127.0.0.1:${port}/ask`)).status).toBe(400);
  });

  it('reloads changed content with --watch and keeps the last good content when a change is invalid', async () => {
    const dir = copyFixture();
    const bot = start({ CONTENT_DIR: dir }, ['--serve', '--watch']);
    const [, port] = await bot.waitFor(/Started: HTTP API \(port (\d+):/);
    const ask = async () => (await (await fetch(`http://127.0.0.1:${port}/ask?q=gossip`)).json()).title as string;
    expect(await ask()).toBe('Gossip protocols');

    editFile(dir, 'concepts/gossip.md', (t) => t.replace('title: Gossip protocols', 'title: Gossip (epidemic) protocols'));
    await bot.waitFor(/content reloaded/);
    expect(await ask()).toBe('Gossip (epidemic) protocols');

    editFile(dir, 'concepts/gossip.md', (t) => t.replace('related: [crdt]', 'related: [no-such-entry]'));
    await bot.waitFor(/content change rejected/);
    expect(bot.stderr()).toContain('related[0]: \\"no-such-entry\\" is not an entry');
    expect(await ask()).toBe('Gossip (epidemic) protocols');
  });
});
