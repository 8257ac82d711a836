import { MessageFlags } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, reportingOf, type DatabaseStore } from '../../adapters/store/index.js';
import { silentLogger } from '../../src/index.js';
import { slashCommand } from '../../fakes/discord/payloads.js';
import { fixtureBot, newUser, startHarness, type Harness } from './harness.js';

describe('/report', () => {
  let h: Harness | undefined;
  let store: DatabaseStore | undefined;
  afterEach(async () => {
    await h?.stop();
    await store?.close();
  });

  async function start(admin: { id: string; username: string }) {
    store = await createStore(
      { backend: 'sqlite', path: ':memory:', salt: 'a-salt-of-sixteen-chars', keepQuestionText: true, retentionDays: 30 },
      silentLogger,
    );
    const bot = fixtureBot(store);
    h = await startHarness({ bot, store, report: reportingOf(store).usageText, adminUsers: [admin.id] });
    return bot;
  }

  it('shows an admin the report privately in a code block no user text can break out of', async () => {
    const admin = newUser('admin');
    const bot = await start(admin);
    bot.ask('@everyone ``` how tall is mount everest', { platform: 'discord', userId: '1' });
    await store!.flush();
    const call = await h!.respond(slashCommand(h!.fake.world, admin, h!.channel, 'report', { since: '7d' }), h!.channel);
    expect(call.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(call.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const content: string = call.body.data.content;
    expect(content).toMatch(/^```\nUsage from /);
    expect(content.length).toBeLessThanOrEqual(2000);
    expect(content.match(/```/g)).toHaveLength(2);
    expect(content).toContain('how tall is mount everest');
  });

  it('refuses anyone not named in DISCORD_ADMIN_USERS', async () => {
    await start(newUser('admin'));
    const call = await h!.respond(slashCommand(h!.fake.world, newUser('someone'), h!.channel, 'report'), h!.channel);
    expect(call.body.data.content).toBe('The usage report is for the admins named in DISCORD_ADMIN_USERS.');
  });

  it('tells an admin plainly when the report cannot be made, as Slack does, instead of a bare apology', async () => {
    const admin = newUser('admin');
    h = await startHarness({ adminUsers: [admin.id], report: () => Promise.reject(new Error('database unreachable')) });
    const call = await h.respond(slashCommand(h.fake.world, admin, h.channel, 'report'), h.channel);
    expect(call.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(call.body.data.content).toBe('Sorry, the report could not be made: database unreachable');
  });
});
