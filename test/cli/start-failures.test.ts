import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack.js';
import { spawnBot, type SpawnedBot } from '../../fakes/spawn-bot.js';

/** A port something already listens on (all interfaces, as the bot's own servers do). */
async function takenPort(): Promise<Server> {
  const server = createServer();
  server.listen(0, '0.0.0.0');
  await once(server, 'listening');
  return server;
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = await takenPort();
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** What the user sees on a failed start: every line but the JSON log lines. */
const shown = (bot: SpawnedBot) =>
  bot
    .output()
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('{'));

describe('npm start: failures that explain themselves', () => {
  let bot: SpawnedBot | undefined;
  let blocker: Server | undefined;
  let fake: FakeSlack | undefined;
  afterEach(async () => {
    await bot?.stop();
    await fake?.close();
    await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
    bot = blocker = fake = undefined;
  });

  async function exitOf(started: SpawnedBot): Promise<number | null> {
    const [code] = (await once(started.child, 'exit')) as [number | null];
    return code;
  }

  it('says Slack cannot be reached, without blaming the tokens, when Slack is unreachable', async () => {
    const api = `http://127.0.0.1:${await closedPort()}/api/`;
    bot = spawnBot({
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_APP_TOKEN: 'xapp-1-A1-abc',
      SLACK_API_URL: api,
      STORE_SALT: 'a-salt-of-16-chars-or-more',
    });
    expect(await exitOf(bot)).toBe(1);
    const lines = shown(bot);
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^Slack could not start \\(socket mode\\): cannot reach Slack at ${api} \\(fetch failed: connect ECONNREFUSED .*\\)\\. Check the network and SLACK_API_URL\\.$`,
      ),
    );
    expect(bot.output()).not.toMatch(/Check SLACK_BOT_TOKEN|SLACK_APP_TOKEN\./);
  });

  it('says in one line that Discord cannot be reached', async () => {
    const api = `http://127.0.0.1:${await closedPort()}/api`;
    bot = spawnBot({
      DISCORD_TOKEN: 'MTA.token.x',
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_API_URL: api,
      STORE_SALT: 'a-salt-of-16-chars-or-more',
    });
    expect(await exitOf(bot)).toBe(1);
    const lines = shown(bot);
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^Discord could not start: cannot reach Discord at ${api} \\(.*ECONNREFUSED.*\\)\\. Check the network and DISCORD_API_URL\\.$`,
      ),
    );
    // No stack trace: the store line and this one are all a person reads.
    expect(lines.filter((line) => /^\s+at /.test(line))).toEqual([]);
  });

  it('names PORT in one line when the port is already in use', async () => {
    blocker = await takenPort();
    const { port } = blocker.address() as { port: number };
    bot = spawnBot({ PORT: String(port) }, ['--serve']);
    expect(await exitOf(bot)).toBe(1);
    const lines = shown(bot);
    expect(lines.at(-1)).toBe(
      `Could not listen for health and metrics: port ${port} is already in use. Stop what listens there, or set PORT to another port.`,
    );
    expect(lines.filter((line) => /^\s+at /.test(line))).toEqual([]);
  });

  it('names PORT, not the tokens, when Slack in HTTP mode finds its port taken', async () => {
    fake = await startFakeSlack();
    blocker = await takenPort();
    const { port } = blocker.address() as { port: number };
    bot = spawnBot({
      PORT: String(port),
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: 'a-signing-secret',
      SLACK_API_URL: fake.apiUrl,
    });
    expect(await exitOf(bot)).toBe(1);
    expect(shown(bot).at(-1)).toBe(
      `Slack could not start (http mode): port ${port} is already in use. Stop what listens there, or set PORT to another port.`,
    );
  });

  it('reports an invalid PORT once', async () => {
    bot = spawnBot({ PORT: 'abc', SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'a-signing-secret' });
    expect(await exitOf(bot)).toBe(1);
    expect(bot.output().match(/PORT must/g)).toEqual(['PORT must']);
  });

  it('answers GET /ask?q= (an empty question) with 400, as it does a missing q', async () => {
    bot = spawnBot({}, ['--serve']);
    const [, port] = await bot.waitFor(/Started: HTTP API \(port (\d+):/);
    for (const query of ['', '?q=', '?q=%20%20']) {
      const response = await fetch(`http://127.0.0.1:${port}/ask${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.json(), query).toEqual({ error: 'add the question as ?q=...' });
    }
  });
});
