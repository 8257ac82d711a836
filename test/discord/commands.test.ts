import { InteractionResponseType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Bot } from '../../src/index.js';
import { autocomplete, slashCommand } from '../../fakes/discord/payloads.js';
import type { RecordedCall } from '../../fakes/discord/fake-rest.js';
import { fixtureBot, newUser, startHarness, type Harness } from './harness.js';

// Through the real discord.js Client, against the fake Discord: what the bot sends back.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const command = (name: string, options: Record<string, string> = {}) => slashCommand(h.fake.world, newUser(), h.channel, name, options);
const buttonIds = (call: RecordedCall): string[] =>
  (call.body.data.components ?? []).flatMap((row: { components: { custom_id: string }[] }) => row.components.map((b) => b.custom_id));

describe('slash commands', () => {
  it('answers /ask with an ephemeral embed, follow-up buttons and no mentions, well inside 3 s', async () => {
    const built = command('ask', { question: 'wats a crdt' });
    const sentAt = h.fake.interact(built, h.channel);
    const call = await h.fake.waitForCall((c) => c.path === `/interactions/${built.id}/${built.token}/callback`);
    expect(call.at - sentAt).toBeLessThan(1000);
    expect(call.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(call.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(call.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(call.body.data.embeds[0].title).toBe('CRDTs: conflict-free replicated data types');
    expect(call.body.data.embeds[0].description).toContain('*You asked:* wats a crdt');
    expect(buttonIds(call)).toEqual(['ask:r:crdt:gossip', 'vote:up:crdt', 'vote:down:crdt', 'share']);
    expect(call.authorization).toBeUndefined(); // interaction callbacks are authorised by their token
  });

  it('shows the entry chosen in /topic by its id, without echoing', async () => {
    const call = await h.respond(command('topic', { name: 'gossip' }), h.channel);
    expect(call.body.data.embeds[0].title).toBe('Gossip protocols');
    expect(call.body.data.embeds[0].description).not.toContain('You asked');
    expect(call.body.data.flags).toBe(MessageFlags.Ephemeral);
  });

  it('asks with the words typed into /topic when they are not an entry id', async () => {
    const call = await h.respond(command('topic', { name: 'wats a crdt' }), h.channel);
    expect(call.body.data.embeds[0].title).toBe('CRDTs: conflict-free replicated data types');
  });

  it('compares the two sides given to /compare', async () => {
    const call = await h.respond(
      command('compare', { a: 'Site reliability engineer (SRE)', b: 'Distributed systems engineer (DSE)' }),
      h.channel,
    );
    expect(call.body.data.embeds[0].title).toBe('Distributed systems engineer vs SRE');
    expect(buttonIds(call)).toContain('vote:up:dse-vs-sre');
  });

  it('explains itself on /help with starter buttons and a Share button', async () => {
    const call = await h.respond(command('help'), h.channel);
    expect(call.body.data.embeds[0].description).toMatch(/I answer questions about careers in distributed systems/);
    expect(buttonIds(call)).toEqual(['ask:s::dse-vs-sre', 'ask:s::staff', 'ask:s::crdt', 'share']);
  });

  it('answers an off-topic /ask with a friendly decline, starters and no feedback buttons', async () => {
    const call = await h.respond(command('ask', { question: 'what is the best pizza in naples' }), h.channel);
    const embed = call.body.data.embeds[0];
    expect(embed.title).toBeUndefined();
    expect(embed.description).toMatch(/Sorry, I don't know that one/);
    expect(buttonIds(call)).toEqual(['ask:s::dse-vs-sre', 'ask:s::staff', 'ask:s::crdt']);
  });

  it('echoes hostile text escaped and pings nobody', async () => {
    const hostile = '@everyone @here <@&123456789012345678> **loud** [free nitro](https://evil.example) ||x|| what is a crdt';
    const call = await h.respond(command('ask', { question: hostile }), h.channel);
    const description: string = call.body.data.embeds[0].description;
    expect(call.body.data.allowed_mentions.parse).toEqual([]);
    expect(call.body.data.content).toBeUndefined();
    expect(description).not.toMatch(/@everyone|@here|<@&/);
    expect(description).toContain('\\*\\*loud\\*\\*');
    expect(description).toContain('\\[free nitro](');
  });

  it('answers slash commands in a DM with the bot too', async () => {
    const user = newUser();
    const call = await h.respond(slashCommand(h.fake.world, user, h.dm, 'ask', { question: 'sre vs dse' }), h.dm);
    expect(call.body.data.embeds[0].title).toBe('Distributed systems engineer vs SRE');
  });
});

describe('autocomplete', () => {
  const choicesOf = (call: RecordedCall) => call.body.data.choices as { name: string; value: string }[];

  it('offers /ask completions from titles and alternate questions: at most 25, each at most 100 characters', async () => {
    const built = autocomplete(h.fake.world, newUser(), h.channel, 'ask', { question: 'sre' }, 'question');
    const sentAt = h.fake.interact(built, h.channel);
    const call = await h.fake.waitForCall((c) => c.path.startsWith(`/interactions/${built.id}/`));
    expect(call.at - sentAt).toBeLessThan(500);
    expect(call.body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = choicesOf(call);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.name)).toContain('sre role');
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('offers /topic completions as entry titles whose values are entry ids', async () => {
    const built = autocomplete(h.fake.world, newUser(), h.channel, 'topic', { name: 'sre' }, 'name');
    const choices = choicesOf(await h.respond(built, h.channel));
    expect(choices).toContainEqual({ name: 'Site reliability engineer (SRE)', value: 'site-reliability-engineer' });
    expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
  });

  it('offers every entry title while nothing is typed yet', async () => {
    const built = autocomplete(h.fake.world, newUser(), h.channel, 'topic', { name: '' }, 'name');
    const choices = choicesOf(await h.respond(built, h.channel));
    expect(choices).toHaveLength(fixtureBot().knowledgeBase.entries.length);
  });

  it('completes the side being typed in /compare with entry titles', async () => {
    const built = autocomplete(h.fake.world, newUser(), h.channel, 'compare', { a: 'Gossip protocols', b: 'crd' }, 'b');
    const choices = choicesOf(await h.respond(built, h.channel));
    expect(choices[0]).toEqual({ name: 'CRDTs: conflict-free replicated data types', value: 'CRDTs: conflict-free replicated data types' });
  });
});

describe('long answers', () => {
  let long: Harness;
  beforeAll(async () => {
    const bot = fixtureBot();
    const paragraph = 'A write is acknowledged once a quorum of replicas has stored it, so a later read quorum overlaps it. '.repeat(6);
    const details = Array.from({ length: 30 }, (_, i) => `**Step ${i + 1}.** ${paragraph}`).join('\n\n');
    const longBot: Bot = {
      ...bot,
      reply: async (question, context): Promise<Answer> => ({ ...(await bot.reply(question, context)), details }),
    };
    long = await startHarness({ bot: longBot });
  });
  afterAll(async () => {
    await long?.stop();
  });

  it('splits a long answer over embeds within Discord limits', async () => {
    const call = await long.respond(
      slashCommand(long.fake.world, newUser(), long.channel, 'ask', { question: 'wats a crdt' }),
      long.channel,
    );
    const embeds: { title?: string; description?: string; fields?: { name: string; value: string }[] }[] = call.body.data.embeds;
    expect(embeds.length).toBeGreaterThan(1);
    const total = embeds.reduce(
      (n, e) =>
        n +
        (e.title?.length ?? 0) +
        (e.description?.length ?? 0) +
        (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
      0,
    );
    expect(total).toBeLessThanOrEqual(6000);
    for (const embed of embeds) expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(embeds.at(-1)?.description).toMatch(/shortened to fit Discord/);
    expect(embeds.at(-1)?.fields?.[0]?.name).toBe('Sources');
  });
});
