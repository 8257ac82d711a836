import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/fake-discord.js';
import { GatewayDispatchEvents } from 'discord.js';
import { slashCommand } from '../../fakes/discord/payloads.js';
import { spawnBot, type SpawnedBot } from '../../fakes/spawn-bot.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack.js';
import { appMention, eventCallback, nextTs } from '../../fakes/slack/payloads.js';
import { postSigned } from '../../fakes/slack/signing.js';
import { clientOptions, connectOrExplain, proxiedUrl, testPostgres } from '../store/backends.js';
import { createTcpProxy, type TcpProxy } from '../../fakes/tcp-proxy.js';

/** Every secret the configuration holds, each distinctive so that any trace of it is found. */
const SECRETS = {
  slackBotToken: 'xoxb-4242-bot-token-for-the-secret-scan',
  slackAppToken: 'xapp-1-A42-app-token-for-the-secret-scan',
  signingSecret: 'signing-secret-for-the-secret-scan-8f3a',
  discordToken: 'MTA0Mjk.discord-token-for-the-secret-scan.x9Q',
  databasePassword: 'p@ss/w0rd:for-the-secret-scan!',
  storeSalt: 'store-salt-for-the-secret-scan-0123456789',
};

/** A secret as it could appear in a log line: as is, URL-encoded, JSON-escaped, base64. */
const forms = (secret: string) => [
  secret,
  encodeURIComponent(secret),
  JSON.stringify(secret).slice(1, -1),
  Buffer.from(secret).toString('base64'),
];

function expectNoSecretIn(output: string, secrets: Record<string, string> = SECRETS) {
  for (const [name, secret] of Object.entries(secrets)) {
    if (!secret) continue; // a server that trusts its user: no password to leak
    for (const form of forms(secret)) expect(output.includes(form), `${name} (${form}) found in the logs`).toBe(false);
  }
}

/** Runs every step, whatever the ones before did, then throws the first failure. */
async function cleanUp(...steps: (() => Promise<unknown> | undefined)[]) {
  const failures: unknown[] = [];
  for (const step of steps) await Promise.resolve(step()).catch((error: unknown) => failures.push(error));
  if (failures.length > 0) throw failures[0];
}

describe('no secret in the logs of the running process', () => {
  let bot: SpawnedBot | undefined;
  let slack: FakeSlack | undefined;
  let discord: FakeDiscord | undefined;
  let proxy: TcpProxy | undefined;
  /** Set only once connected, so that a failed connection leaves nothing for the next test. */
  let admin: pg.Client | undefined;
  let role: string | undefined;
  const schema = `secrets_scan_${process.pid}_${Date.now().toString(36)}`;
  afterEach(async () => {
    const [b, s, d, p, a, r] = [bot, slack, discord, proxy, admin, role];
    bot = slack = discord = proxy = admin = role = undefined;
    await cleanUp(
      () => b?.stop(),
      () => s?.close(),
      () => d?.close(),
      () => p?.close(),
      () => a?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`),
      () => (r ? a?.query(`DROP OWNED BY ${r}; DROP ROLE IF EXISTS ${r}`) : undefined),
      () => a?.end(),
    );
  });

  /**
   * A schema of the test's own, reached with a login whose password is the secret to look for. A
   * server that does not let the test create roles is used with its own login, whose password is then the secret.
   */
  async function scanDatabase() {
    const server = testPostgres();
    const client = new pg.Client(clientOptions(server));
    await connectOrExplain(client, server);
    admin = client;
    if (
      await admin.query(`CREATE ROLE ${schema} LOGIN PASSWORD ${admin.escapeLiteral(SECRETS.databasePassword)}`).then(
        () => true,
        () => false,
      )
    )
      role = schema;
    await admin.query(`CREATE SCHEMA ${schema}${role ? ` AUTHORIZATION ${role}` : ''}`);
    const password = role ? SECRETS.databasePassword : server.password;
    const secrets = { ...SECRETS, databasePassword: password };
    /** The URL of the schema through `port` (the server's own, or a proxy's). */
    const urlVia = (port: number) =>
      `${proxiedUrl({ ...server, user: role ?? server.user }, port, password)}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    return { server, secrets, password, urlVia };
  }

  it('logs no token, signing secret, database password or salt at debug level, through errors and a database outage', async () => {
    slack = await startFakeSlack({ botToken: SECRETS.slackBotToken });
    discord = await startFakeDiscord();
    const { server, secrets, urlVia } = await scanDatabase();
    proxy = await createTcpProxy(server);
    const databaseUrl = urlVia(proxy.port);
    bot = spawnBot({
      LOG_LEVEL: 'debug',
      LOG_FORMAT: 'json',
      SLACK_BOT_TOKEN: SECRETS.slackBotToken,
      SLACK_SIGNING_SECRET: SECRETS.signingSecret,
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: SECRETS.discordToken,
      DISCORD_APPLICATION_ID: discord.world.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      DATABASE_URL: databaseUrl,
      STORE_SALT: SECRETS.storeSalt,
    });
    const [, port] = await bot.waitFor(/Started: Slack \(HTTP on port (\d+)/, 15_000);
    await bot.waitFor(/Started: Discord/, 15_000);
    const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
    const mention = async (question: string, secret = SECRETS.signingSecret) => {
      const ts = nextTs();
      const body = JSON.stringify(eventCallback(appMention(question, { ts, user: `U${ts.replace('.', '')}` })));
      return { ts, status: (await postSigned(eventsUrl, body, { secret, contentType: 'application/json' })).status };
    };

    // Slack: an answer, a forged request, an answer Slack refuses, one it fails with 500s.
    const answered = await mention('what is a crdt');
    await slack.waitFor('chat.postMessage', (c) => c.args.thread_ts === answered.ts);
    expect((await mention('what is a crdt', 'a-forged-secret')).status).toBe(401);
    slack.failNext('chat.postMessage', { error: 'not_authed' });
    for (let i = 0; i < 4; i++) slack.failNext('chat.postMessage', { status: 500 });
    const refused = await mention('what is gossip');
    await bot.waitFor(/the apology could not be sent either|answering failed/);

    // Discord: an answer, and a callback Discord refuses.
    const place = { kind: 'channel' as const, guild: discord.world.guilds[0]! };
    const ask = (question: string) =>
      slashCommand(discord!.world, { id: '300000000000000001', username: 'scan' }, place, 'ask', { question });
    const first = ask('what is a crdt');
    discord.interact(first, place);
    await discord.waitForCall((c) => c.path.startsWith(`/interactions/${first.id}/`), 5_000);
    discord.override = (call) =>
      call.path.includes('/interactions/') ? { status: 403, body: { code: 50013, message: 'Missing Permissions' } } : undefined;
    discord.interact(ask('what is gossip'), place);
    await bot.waitFor(/"level":50[^\n]*interaction/, 5_000);
    discord.override = undefined;

    // The database goes away and comes back while questions are recorded.
    await proxy.stop();
    await mention('what does an sre do');
    await bot.waitFor(/database unavailable/, 5_000);
    await proxy.start();

    expect(refused.status).toBe(200);
    expect(await bot.stop()).toBe(0);
    const output = bot.output();
    // The scan covered the error paths, where libraries put what they know into the log.
    for (const line of ['slack: answering failed', 'requests refused before authentication', 'interaction failed', 'database unavailable'])
      expect(output).toContain(line);
    expectNoSecretIn(output, secrets);
    // Discord's errors quote the request URL, with the interaction's token (valid 15 minutes) in it.
    expect(output).not.toMatch(/\/interactions\/\d+\/token-/);
  }, 30_000);

  it('sharded Discord on PostgreSQL: ready only once both shards are, a retried interaction answered once, no token in the logs', async () => {
    discord = await startFakeDiscord({ shards: 2 });
    const { secrets, urlVia, server } = await scanDatabase();
    bot = spawnBot(
      {
        LOG_LEVEL: 'debug',
        LOG_FORMAT: 'json',
        DISCORD_TOKEN: SECRETS.discordToken,
        DISCORD_APPLICATION_ID: discord.world.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_SHARD_COUNT: '2',
        DATABASE_URL: urlVia(server.port),
        STORE_SALT: SECRETS.storeSalt,
      },
      [],
      { script: 'adapters/boot/sharded.js' },
    );
    const [, port] = await bot.waitFor(/Started: Health \(port (\d+)/, 15_000);
    const readyz = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      return { status: response.status, body: (await response.json()) as { waiting: string[] } };
    };
    // Shards start 5.5 s apart: the manager is not ready while one shard is.
    let halfReady: Awaited<ReturnType<typeof readyz>> | undefined;
    await expect
      .poll(
        async () => {
          const now = await readyz();
          if (now.status === 503 && now.body.waiting.join() === 'shard 1') halfReady = now;
          return halfReady !== undefined;
        },
        { timeout: 10_000, interval: 100 },
      )
      .toBe(true);
    await bot.waitFor(/Started: Discord \(2 shards\)/, 20_000);
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready', waiting: [] } });

    // One interaction delivered to both shards (a redelivery after a reconnect): answered once.
    const place = { kind: 'channel' as const, guild: discord.world.guilds[0]! };
    const built = slashCommand(discord.world, { id: '300000000000000002', username: 'scan' }, place, 'ask', { question: 'what is a crdt' });
    discord.interact(built, place);
    discord.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, built.payload, 1);
    await discord.waitForCall((c) => c.path.startsWith(`/interactions/${built.id}/`), 10_000);
    await bot.waitFor(/duplicate interaction ignored/, 10_000);
    expect(discord.calls.filter((c) => c.path.startsWith(`/interactions/${built.id}/`))).toHaveLength(1);

    // An answer Discord refuses: its error quotes the callback URL, with the interaction's token.
    discord.override = (call) =>
      call.path.includes('/interactions/') ? { status: 403, body: { code: 50013, message: 'Missing Permissions' } } : undefined;
    const refused = slashCommand(discord.world, { id: '300000000000000003', username: 'scan' }, place, 'ask', {
      question: 'what is gossip',
    });
    discord.interact(refused, place);
    await bot.waitFor(/"level":50[^\n]*interaction/, 10_000);
    discord.override = undefined;

    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/dsbot_questions_total\{[^}]*\} [1-9]/);
    expect(await bot.stop()).toBe(0);
    const output = bot.output();
    expect(output).toContain('Store: PostgreSQL');
    expectNoSecretIn(output, secrets);
    expect(output).not.toMatch(/\/interactions\/\d+\/token-/);
  }, 60_000);

  it('logs no app-level or bot token in Socket Mode at debug level', async () => {
    slack = await startFakeSlack({ botToken: SECRETS.slackBotToken, appToken: SECRETS.slackAppToken });
    bot = spawnBot({
      LOG_LEVEL: 'debug',
      LOG_FORMAT: 'json',
      SLACK_BOT_TOKEN: SECRETS.slackBotToken,
      SLACK_APP_TOKEN: SECRETS.slackAppToken,
      SLACK_API_URL: slack.apiUrl,
      STORE_SALT: SECRETS.storeSalt,
    });
    await bot.waitFor(/Started: Slack \(Socket Mode\)/, 15_000);
    const ts = nextTs();
    await slack.waitForAck(slack.sendEnvelope('events_api', eventCallback(appMention('what is a crdt', { ts }))));
    await slack.waitFor('chat.postMessage', (c) => c.args.thread_ts === ts);
    expect(await bot.stop()).toBe(0);
    expectNoSecretIn(bot.output());
  });
});
