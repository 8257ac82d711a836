import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { BotError } from '../../src/index.js';
import type { DiscordConfig } from '../../adapters/discord/config.js';
import { startSharded, type ShardedHandle } from '../../adapters/discord/sharded.js';
import { slashCommand, type Place } from '../../fakes/discord/payloads.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/fake-discord.js';
import { shardOf } from '../../fakes/discord/snowflake.js';
import { FIXTURES, newUser } from './harness.js';

const SHARD_SCRIPT = fileURLToPath(new URL('../../adapters/boot/shard.ts', import.meta.url));
const LOADER = fileURLToPath(new URL('./loader/register-ts.mjs', import.meta.url));
// ShardingManager writes these into the parent's environment; put them back for other tests.
const saved = { ...process.env };

let fake: FakeDiscord | undefined;
let sharded: ShardedHandle | undefined;
afterAll(async () => {
  await sharded?.stop();
  await fake?.close();
  for (const key of ['SHARDING_MANAGER', 'SHARDING_MANAGER_MODE', 'DISCORD_TOKEN']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

const config = (apiUrl: string, shardCount: DiscordConfig['shardCount']): DiscordConfig => ({
  token: 'fake-token',
  applicationId: '123456789012345678',
  apiUrl,
  rateLimit: { limit: 100, windowMs: 60_000 },
  shardCount,
});

describe('sharded entry point', () => {
  it('runs one process per shard; each identifies as its shard, answers its own server and records to the one SQLite store', async () => {
    fake = await startFakeDiscord({ shards: 2 });
    const storePath = join(mkdtempSync(join(tmpdir(), 'shards-')), 'bot.sqlite');
    sharded = await startSharded({
      config: { ...config(fake.apiUrl, 2), applicationId: fake.world.applicationId },
      file: SHARD_SCRIPT,
      execArgv: ['--import', LOADER],
      env: { CONTENT_DIR: FIXTURES, LOG_LEVEL: 'silent', STORE_PATH: storePath, STORE_SALT: 'a-salt-of-sixteen-chars' },
      spawnDelayMs: 0,
    });
    expect(sharded.manager.shards.size).toBe(2);
    expect(fake.gateway.log.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);

    for (const [shard, guild] of fake.world.guilds.entries()) {
      expect(shardOf(guild.id, 2)).toBe(shard);
      const place: Place = { kind: 'channel', guild };
      const built = slashCommand(fake.world, newUser(), place, 'ask', { question: 'wats a crdt' });
      fake.interact(built, place);
      const call = await fake.waitForCall((c) => c.path.startsWith(`/interactions/${built.id}/`), 10_000);
      expect(call.body.data.embeds[0].title).toBe('CRDTs: conflict-free replicated data types');
    }
    // Stopped, each shard writes what it buffered: both questions are in the one file.
    await sharded.stop();
    sharded = undefined;
    const db = new Database(storePath, { readonly: true });
    const rows = db.prepare('select platform, question from questions').all();
    db.close();
    expect(rows).toEqual([
      { platform: 'discord', question: 'wats a crdt' },
      { platform: 'discord', question: 'wats a crdt' },
    ]);
  });

  it('refuses the automatic shard count when the REST URL is overridden', async () => {
    await expect(startSharded({ config: config('http://127.0.0.1:1/api', 'auto'), file: SHARD_SCRIPT })).rejects.toThrow(BotError);
    await expect(startSharded({ config: config('http://127.0.0.1:1/api', 'auto'), file: SHARD_SCRIPT })).rejects.toThrow(
      /DISCORD_SHARD_COUNT must be a number/,
    );
  });
});
