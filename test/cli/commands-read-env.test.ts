import { rmSync } from 'node:fs';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../../adapters/store/create-store.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/fake-discord.js';
import { spawnBot, type SpawnedBot } from '../../fakes/spawn-bot.js';
import { captureLogger, clientOptions, connectOrExplain, SALT, testPostgres } from '../store/backends.js';
import { folderWithEnvFile as newFolderWithEnvFile, runCommand } from './run-command.js';

/** A URL to the run's PostgreSQL that works in one schema, as an operator's DATABASE_URL would point at theirs. */
function databaseUrlFor(schema: string): string {
  const server = testPostgres();
  const auth = server.password
    ? `${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}`
    : encodeURIComponent(server.user);
  return `postgres://${auth}@${server.host}:${server.port}/${server.database}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

describe('every command reads .env the way npm start does, and says what it uses', () => {
  let discord: FakeDiscord | undefined;
  let bot: SpawnedBot | undefined;
  let admin: pg.Client | undefined;
  const schemas: string[] = [];
  const folders: string[] = [];
  const folderWithEnvFile = (lines: Record<string, string>) => {
    const dir = newFolderWithEnvFile(lines);
    folders.push(dir);
    return dir;
  };
  afterEach(async () => {
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
    await bot?.stop();
    await discord?.close();
    for (const schema of schemas.splice(0)) await admin?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin?.end().catch(() => undefined);
    bot = discord = admin = undefined;
  });

  async function newSchema(): Promise<string> {
    const schema = `env_file_${process.pid}_${Date.now().toString(36)}_${schemas.length}`;
    if (!admin) {
      const client = new pg.Client(clientOptions(testPostgres()));
      await connectOrExplain(client, testPostgres());
      admin = client;
    }
    await admin.query(`CREATE SCHEMA ${schema}`);
    schemas.push(schema);
    return schema;
  }

  it('npm run discord:register takes the Discord settings from .env', async () => {
    discord = await startFakeDiscord();
    const guildId = discord.world.guilds[0]!.id;
    const cwd = folderWithEnvFile({
      DISCORD_TOKEN: 'token-from-the-env-file',
      DISCORD_APPLICATION_ID: discord.world.applicationId,
      DISCORD_GUILD_ID: guildId,
      DISCORD_API_URL: discord.apiUrl,
    });
    const result = await runCommand('adapters/boot/register.js', {}, { cwd });
    expect(result.stderr).toBe(`Discord: application ${discord.world.applicationId} via ${discord.apiUrl} (DISCORD_TOKEN from .env)\n`);
    expect(result.stdout).toBe(
      `Registered /ask, /topic, /compare, /help, /report, /start, /path, /topics to server ${guildId} (available now).\n`,
    );
    expect(result.code).toBe(0);
    const put = await discord.waitForCall((c) => c.method === 'PUT');
    expect(put.authorization).toBe('Bot token-from-the-env-file');
  });

  it('npm run report reads the PostgreSQL store that DATABASE_URL in .env names, not the local SQLite file', async () => {
    const schema = await newSchema();
    const databaseUrl = databaseUrlFor(schema);
    const store = await createStore(
      { backend: 'postgres', databaseUrl, salt: SALT, keepQuestionText: true, retentionDays: 30 },
      captureLogger(),
      { purgeIntervalMs: false },
    );
    for (const question of ['what is raft', 'what is a crdt', 'sre vs dse'])
      await store.recordQuestion({
        platform: 'slack',
        userId: 'U1',
        question,
        outcome: 'answer',
        entryId: 'crdt',
        confidence: 1,
        latencyMs: 1,
      });
    expect(await store.flush()).toBe(true);
    await store.close();

    const server = testPostgres();
    const result = await runCommand(
      'adapters/boot/report.js',
      {},
      { cwd: folderWithEnvFile({ DATABASE_URL: databaseUrl }), args: ['--since', '1d'] },
    );
    expect(result.stderr).toBe(`Report from PostgreSQL at ${server.host}:${server.port}/${server.database} (DATABASE_URL from .env)\n`);
    expect(result.stdout).toContain('3 questions: 3 answered');
    expect(result.code).toBe(0);
  });

  it('npm run discord:sharded takes the Discord settings from .env', async () => {
    const cwd = folderWithEnvFile({
      DISCORD_TOKEN: 'token-from-the-env-file',
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
      DISCORD_SHARD_COUNT: 'auto',
    });
    const result = await runCommand('adapters/boot/sharded.js', {}, { cwd });
    // Without .env this would stop at "DISCORD_TOKEN is required"; with it, at the next rule.
    expect(result.stderr).toContain(
      'Discord: application 123456789012345678 via http://127.0.0.1:9/api, auto shards (DISCORD_TOKEN from .env)\n',
    );
    expect(result.stderr).toContain('DISCORD_SHARD_COUNT must be a number when DISCORD_API_URL is set');
    expect(result.code).toBe(1);
  });

  it('npm start takes DATABASE_URL and STORE_SALT from .env, lets the environment win, and names the store it uses', async () => {
    const schema = await newSchema();
    const cwd = folderWithEnvFile({ DATABASE_URL: databaseUrlFor(schema), STORE_SALT: SALT, PORT: 'not-a-port' });
    // PORT from the environment wins over the broken one in .env.
    bot = spawnBot({ PORT: '0' }, ['--serve'], { cwd });
    await bot.waitFor(/Started: HTTP API/);
    const server = testPostgres();
    expect(bot.output()).toContain(`Store: PostgreSQL at ${server.host}:${server.port}/${server.database} (DATABASE_URL from .env)\n`);
  });
});
