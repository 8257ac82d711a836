import { GatewayDispatchEvents, GatewayIntentBits, MessageFlags } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bot, CatalogueGroup } from '../../src/index.js';
import { LIMITS } from '../../adapters/discord/render.js';
import type { RecordedCall } from '../../fakes/discord/fake-rest.js';
import { buttonClick, memberAdd, menuSelect, slashCommand, type Place } from '../../fakes/discord/payloads.js';
import type { FakeUser } from '../../fakes/discord/world.js';
import { fixtureBot, newUser, sleep, startHarness, type Harness, type HarnessOptions } from './harness.js';

type Json = Record<string, any>;

/** The fixture's staff path (`test/fixtures/content/paths.yaml`), step by step. */
const STAFF_TITLES = ['Gossip protocols', 'CRDTs: conflict-free replicated data types', 'Staff engineer'];

/** The harness a test started, stopped after it whatever the outcome. */
let running: Harness | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function harness(options: HarnessOptions = {}): Promise<Harness> {
  running = await startHarness(options);
  return running;
}

const withOnboarding = (memberIntent: boolean): HarnessOptions => ({
  config: (fake) => ({ onboardingChannelId: fake.world.guilds[0]!.channelId, ...(memberIntent ? { memberIntent: true } : {}) }),
});

const componentsOf = (message: Json): Json[] => (message.components ?? []).flatMap((row: Json) => row.components);
const idsOf = (message: Json): string[] => componentsOf(message).map((c) => c.custom_id);

/** Every Discord limit a message with buttons and menus must keep. */
function expectWithinLimits(message: Json): void {
  expect(message.allowed_mentions?.parse ?? []).toEqual([]);
  expect((message.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  const embeds: Json[] = message.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
  }
  const rows: Json[] = message.components ?? [];
  expect(rows.length).toBeLessThanOrEqual(LIMITS.rows);
  for (const row of rows) {
    const selects = row.components.filter((c: Json) => c.type === 3);
    if (selects.length > 0) {
      expect(row.components).toHaveLength(1);
      const [select] = selects;
      expect(select.options.length).toBeGreaterThan(0);
      expect(select.options.length).toBeLessThanOrEqual(LIMITS.selectOptions);
      expect(select.placeholder.length).toBeLessThanOrEqual(LIMITS.selectPlaceholder);
      for (const option of select.options) {
        expect(option.label.length).toBeLessThanOrEqual(LIMITS.optionLabel);
        expect(option.value.length).toBeLessThanOrEqual(LIMITS.optionValue);
      }
    } else {
      expect(row.components.length).toBeGreaterThan(0);
      expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
      for (const button of row.components) expect(button.label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    }
  }
  const ids = idsOf(message);
  for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
  expect(new Set(ids).size).toBe(ids.length);
}

/** Runs a slash command; resolves with its response and the message it created (to click on). */
async function command(h: Harness, user: FakeUser, name: string, options: Record<string, string> = {}, place: Place = h.channel) {
  const built = slashCommand(h.fake.world, user, place, name, options);
  const call = await h.respond(built, place);
  return { call, message: h.fake.responseMessage(built) as Json };
}

async function click(h: Harness, user: FakeUser, customId: string, message: object) {
  const built = buttonClick(h.fake.world, user, h.channel, customId, message);
  const call = await h.respond(built, h.channel);
  return { call, message: h.fake.responseMessage(built) as Json };
}

async function pick(h: Harness, user: FakeUser, customId: string, value: string, message: object) {
  const built = menuSelect(h.fake.world, user, h.channel, customId, [value], message);
  const call = await h.respond(built, h.channel);
  return { call, message: h.fake.responseMessage(built) as Json };
}

describe('/start', () => {
  it('answers privately with the welcome: starter buttons and a level picker, within Discord limits', async () => {
    const h = await harness();
    const { call } = await command(h, newUser(), 'start');
    expect(call.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(call.body.data.embeds[0].title).toBe('Welcome to the study group');
    expect(call.body.data.embeds[0].description).toContain('Pick your level for a learning path.');
    expect(idsOf(call.body.data)).toEqual(['ask:t::dse-vs-sre', 'ask:t::staff', 'ask:t::crdt', 'levels']);
    expectWithinLimits(call.body.data);
  });

  it('opens a starter and records it as a starter click', async () => {
    const h = await harness();
    const user = newUser();
    const { message } = await command(h, user, 'start');
    const { call } = await click(h, user, 'ask:t::crdt', message);
    expect(call.body.data.embeds[0].title).toBe('CRDTs: conflict-free replicated data types');
    expect(h.store.clicks).toContainEqual({
      id: expect.any(String),
      platform: 'discord',
      userId: user.id,
      kind: 'starter',
      fromKey: null,
      entryId: 'crdt',
    });
  });
});

describe('learning paths', () => {
  it('walks a whole path from the level picker with "Next", one step at a time, to the end', async () => {
    const h = await harness();
    const user = newUser();
    const { message: welcome } = await command(h, user, 'start');
    const overview = await pick(h, user, 'levels', 'staff', welcome);
    expect(overview.call.body.data.embeds[0].title).toBe('Path to staff');

    const seen: string[] = [];
    let current = overview.message;
    for (;;) {
      const next = idsOf(current).find((id) => id.startsWith('next:'));
      if (!next) break;
      const step = await click(h, user, next, current);
      expectWithinLimits(step.call.body.data);
      seen.push(step.call.body.data.embeds[0].title);
      expect(step.call.body.data.content).toContain(`step ${seen.length} of 3`);
      expect(seen.length).toBeLessThanOrEqual(STAFF_TITLES.length);
      current = step.message;
    }
    expect(seen).toEqual(STAFF_TITLES);
    expect(current.content).toContain('the last one');
    expect(idsOf(current)).toContain('path:staff');
  });

  it('shows /path level: as the ordered steps with a one-line summary each, a button per step and "Start"', async () => {
    const h = await harness();
    const user = newUser();
    const { call, message } = await command(h, user, 'path', { level: 'staff' });
    const data = call.body.data;
    expectWithinLimits(data);
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    const description: string = data.embeds[0].description;
    expect(description).toContain('What to study on the way to staff.');
    expect(description).toContain('**1. Gossip protocols**\nGossip protocols spread information');
    expect(description.indexOf('**2. CRDTs')).toBeGreaterThan(description.indexOf('**1. Gossip'));
    expect(idsOf(data)).toEqual(['step:staff:0', 'step:staff:1', 'step:staff:2', 'next:staff:0']);

    const second = await click(h, user, 'step:staff:1', message);
    expect(second.call.body.data.embeds[0].title).toBe(STAFF_TITLES[1]);
    expect(idsOf(second.call.body.data)).toContain('next:staff:2');
  });

  it('says so plainly when the content has no path for the chosen level', async () => {
    const h = await harness();
    const { call } = await command(h, newUser(), 'path', { level: 'principal' });
    expect(call.body.data.content).toMatch(/don't have that learning path/);
  });
});

describe('/topics', () => {
  it('offers a select menu per kind, and answers the topic picked', async () => {
    const h = await harness();
    const user = newUser();
    const { call, message } = await command(h, user, 'topics');
    expectWithinLimits(call.body.data);
    const menus = componentsOf(call.body.data);
    expect(menus.map((m) => m.placeholder)).toEqual(
      fixtureBot()
        .catalogue()
        .map((g) => g.label),
    );
    const concepts = menus.find((m) => m.placeholder === 'Concepts')!;
    const answer = await pick(h, user, concepts.custom_id, concepts.options[0].value, message);
    expect(answer.call.body.data.embeds[0].title).toBe(concepts.options[0].label);
  });

  it('splits a large catalogue into menus of at most 25 and messages of at most 5 rows, each within limits', async () => {
    const real = fixtureBot();
    const sizes = { role: 6, level: 5, comparison: 6, scenario: 3, concept: 57, guide: 20, faq: 8 } as const;
    const big: CatalogueGroup[] = Object.entries(sizes).map(([kind, n]) => ({
      kind: kind as CatalogueGroup['kind'],
      label: `${kind} topics`,
      entries: Array.from({ length: n }, (_, i) => ({ id: `${kind}-${i}`, title: `${'A rather long topic title '.repeat(5)}${i}` })),
    }));
    const bot: Bot = { ...real, catalogue: () => big };
    const h = await harness({ bot });
    const built = slashCommand(h.fake.world, newUser(), h.channel, 'topics');
    const first = await h.respond(built, h.channel);
    const followUp = await h.fake.waitForCall(
      (c) => c.method === 'POST' && c.path === `/webhooks/${h.fake.world.applicationId}/${built.token}`,
    );
    const messages = [first.body.data, followUp.body];
    for (const message of messages) expectWithinLimits(message);
    expect(followUp.body.flags).toBe(MessageFlags.Ephemeral);
    const options = messages.flatMap(componentsOf).flatMap((menu) => menu.options.map((o: Json) => o.value));
    expect(options).toHaveLength(105);
    expect(messages.flatMap(componentsOf).map((m) => m.placeholder)).toContain('concept topics (51–57 of 57)');
  });

  it('narrows to one kind with kind:', async () => {
    const h = await harness();
    const { call } = await command(h, newUser(), 'topics', { kind: 'concept' });
    expect(componentsOf(call.body.data).map((m) => m.placeholder)).toEqual(['Concepts']);
  });
});

describe('welcome on joining the server', () => {
  const channelPosts = (h: Harness) =>
    h.fake.calls.filter((c: RecordedCall) => c.method === 'POST' && c.path === `/channels/${h.fake.world.guilds[0]!.channelId}/messages`);

  it('welcomes a newcomer once in the onboarding channel when the member intent is on', async () => {
    const h = await harness(withOnboarding(true));
    expect(Number(h.fake.gateway.log.identifies[0]!.intents) & GatewayIntentBits.GuildMembers).toBe(GatewayIntentBits.GuildMembers);
    const guild = h.fake.world.guilds[0]!;
    const user = newUser('newbie');
    h.fake.gateway.dispatch(GatewayDispatchEvents.GuildMemberAdd, memberAdd(guild, user));
    const post = await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${guild.channelId}/messages`);
    expect(post.body.content).toBe(`Welcome, <@${user.id}>!`);
    // The newcomer is pinged, and nobody else can be.
    expect(post.body.allowed_mentions).toEqual({ parse: [], users: [user.id] });
    expect(post.body.embeds[0].title).toBe('Welcome to the study group');
    expectWithinLimits({ ...post.body, allowed_mentions: { parse: [] } });

    h.fake.gateway.dispatch(GatewayDispatchEvents.GuildMemberAdd, memberAdd(guild, user));
    h.fake.gateway.dispatch(GatewayDispatchEvents.GuildMemberAdd, memberAdd(guild, { ...newUser('robot'), bot: true }));
    await sleep(200);
    expect(channelPosts(h)).toHaveLength(1);
  });

  it('asks for no privileged intent and welcomes nobody on join by default', async () => {
    const h = await harness(withOnboarding(false));
    expect(Number(h.fake.gateway.log.identifies[0]!.intents) & GatewayIntentBits.GuildMembers).toBe(0);
    h.fake.gateway.dispatch(GatewayDispatchEvents.GuildMemberAdd, memberAdd(h.fake.world.guilds[0]!, newUser()));
    await sleep(200);
    expect(channelPosts(h)).toHaveLength(0);
  });

  it('does not welcome someone on join who already ran /start in the onboarding channel', async () => {
    const h = await harness(withOnboarding(true));
    const user = newUser();
    await command(h, user, 'start');
    h.fake.gateway.dispatch(GatewayDispatchEvents.GuildMemberAdd, memberAdd(h.fake.world.guilds[0]!, user));
    await sleep(200);
    expect(channelPosts(h)).toHaveLength(0);
  });
});
