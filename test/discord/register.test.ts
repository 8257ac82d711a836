import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCommands } from '../../adapters/discord/register.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/fake-discord.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOADER = fileURLToPath(new URL('./loader/register-ts.mjs', import.meta.url));

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

describe('command registration', () => {
  it('puts the eight commands globally when no server is configured', async () => {
    const appId = fake.world.applicationId;
    const result = await registerCommands({ token: 'fake-token', applicationId: appId, apiUrl: fake.apiUrl });
    expect(result).toEqual({
      scope: 'global',
      route: `/applications/${appId}/commands`,
      names: ['ask', 'topic', 'compare', 'help', 'report', 'start', 'path', 'topics'],
    });

    const call = await fake.waitForCall((c) => c.method === 'PUT' && c.path === `/applications/${appId}/commands`);
    expect(call.authorization).toBe('Bot fake-token');
    const [ask, topic, compare, help, report, start, path, topics] = call.body;
    expect(ask).toMatchObject({
      name: 'ask',
      type: 1,
      contexts: [0, 1],
      options: [{ name: 'question', type: ApplicationCommandOptionType.String, required: true, autocomplete: true, max_length: 4000 }],
    });
    expect(topic.options).toEqual([expect.objectContaining({ name: 'name', autocomplete: true, max_length: 100 })]);
    expect(compare.options.map((o: { name: string; autocomplete: boolean }) => [o.name, o.autocomplete])).toEqual([
      ['a', true],
      ['b', true],
    ]);
    expect(help).toMatchObject({ name: 'help', description: expect.any(String) });
    expect(help.options ?? []).toEqual([]);
    // Only members who can manage the server see /report (Manage Guild is bit 5, 0x20).
    expect(report).toMatchObject({ name: 'report', default_member_permissions: '32' });
    expect(report.options).toEqual([expect.objectContaining({ name: 'since', required: false })]);
    // Onboarding: /start needs no option; /path offers the five levels; /topics may narrow to a kind.
    expect(start.options ?? []).toEqual([]);
    expect(path.options).toEqual([expect.objectContaining({ name: 'level', required: true })]);
    expect(path.options[0].choices.map((c: { value: string }) => c.value)).toEqual(['entry', 'mid', 'senior', 'staff', 'principal']);
    expect(topics.options).toEqual([expect.objectContaining({ name: 'kind', required: false })]);
    expect(topics.options[0].choices).toHaveLength(7);
    for (const command of call.body) expect(command.description.length).toBeLessThanOrEqual(100);
  });

  it('puts them on one server when a guild id is set', async () => {
    const appId = fake.world.applicationId;
    const guildId = fake.world.guilds[0]!.id;
    const result = await registerCommands({ token: 'fake-token', applicationId: appId, guildId, apiUrl: fake.apiUrl });
    expect(result.scope).toBe('guild');
    await fake.waitForCall((c) => c.method === 'PUT' && c.path === `/applications/${appId}/guilds/${guildId}/commands`);
  });

  it('runs as `npm run discord:register`, reading the environment', async () => {
    const guildId = fake.world.guilds[0]!.id;
    const env = {
      ...process.env,
      DISCORD_TOKEN: 'fake-token',
      DISCORD_APPLICATION_ID: fake.world.applicationId,
      DISCORD_GUILD_ID: guildId,
      DISCORD_API_URL: fake.apiUrl,
    };
    const { stdout } = await run(process.execPath, ['--import', LOADER, 'adapters/boot/register.ts'], { cwd: ROOT, env });
    expect(stdout).toBe(
      `Registered /ask, /topic, /compare, /help, /report, /start, /path, /topics to server ${guildId} (available now).\n`,
    );
  });

  it('exits 1 naming the missing variables when the environment is incomplete', async () => {
    const env = { ...process.env, DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '' };
    const failure = await run(process.execPath, ['--import', LOADER, 'adapters/boot/register.ts'], { cwd: ROOT, env }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/DISCORD_TOKEN is required/);
    expect(failure?.stderr).toMatch(/DISCORD_APPLICATION_ID is required/);
  });
});
