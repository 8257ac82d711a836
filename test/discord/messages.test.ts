import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dmChannelId, userMessage, type Place } from '../../fakes/discord/payloads.js';
import type { RecordedCall } from '../../fakes/discord/fake-rest.js';
import type { FakeUser } from '../../fakes/discord/world.js';
import { newUser, sleep, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

/** Sends a user's message through the gateway and resolves with the bot's reply, if any. */
async function say(user: FakeUser, place: Place, text: string, mention?: boolean): Promise<{ id: string; reply: RecordedCall }> {
  const payload = userMessage(h.fake.world, user, place, text, mention);
  const before = h.fake.calls.length;
  h.fake.message(payload);
  const reply = await h.fake.waitForCall((c) => h.fake.calls.indexOf(c) >= before && c.method === 'POST' && c.path.endsWith('/messages'));
  return { id: payload.id, reply };
}

describe('mentions and DMs', () => {
  it('answers a mention in a channel as a reply to that message, pinging nobody', async () => {
    const { id, reply } = await say(newUser(), h.channel, 'wats a crdt');
    expect(reply.path).toBe(`/channels/${h.fake.world.guilds[0]!.channelId}/messages`);
    expect(reply.body.message_reference).toMatchObject({ message_id: id });
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.embeds[0].title).toBe('CRDTs: conflict-free replicated data types');
    expect(reply.body.flags ?? 0).toBe(0); // public: everyone in the channel saw the question
    expect(reply.authorization).toBe('Bot fake-token');
  });

  it('answers a mention inside a thread inside that thread', async () => {
    const { id, reply } = await say(newUser(), h.thread, 'what does an sre do');
    expect(reply.path).toBe(`/channels/${h.fake.world.guilds[0]!.threadId}/messages`);
    expect(reply.body.message_reference).toMatchObject({ message_id: id });
    expect(reply.body.embeds[0].title).toBe('Site reliability engineer (SRE)');
  });

  it('answers a DM directly, without needing a mention', async () => {
    const user = newUser();
    const { reply } = await say(user, h.dm, 'sre vs dse', false);
    expect(reply.path).toBe(`/channels/${dmChannelId(user)}/messages`);
    expect(reply.body.message_reference).toBeUndefined();
    expect(reply.body.embeds[0].title).toBe('Distributed systems engineer vs SRE');
    expect(reply.body.allowed_mentions.parse).toEqual([]);
  });

  it('greets someone who mentions the bot without a question', async () => {
    const { reply } = await say(newUser(), h.channel, '');
    expect(reply.body.embeds[0].description).toMatch(/^Hi!/);
  });

  it('declines an off-topic mention in a friendly way', async () => {
    const { reply } = await say(newUser(), h.channel, 'can you recommend a good pizza place');
    expect(reply.body.embeds[0].description).toMatch(/Sorry, I don't know that one/);
  });

  it('answers hostile text without pinging or echoing it', async () => {
    const { reply } = await say(newUser(), h.channel, '@everyone <@&123456789012345678> **what is gossip**');
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.content ?? '').toBe('');
    expect(JSON.stringify(reply.body.embeds)).not.toMatch(/@everyone|<@&/);
  });

  it('leaves alone channel messages that do not mention it, and messages from bots', async () => {
    const before = h.fake.calls.length;
    h.fake.message(userMessage(h.fake.world, newUser(), h.channel, 'what is a crdt', false));
    h.fake.message(userMessage(h.fake.world, { ...newUser('other-bot'), bot: true }, h.channel, 'what is a crdt'));
    h.fake.message(userMessage(h.fake.world, { ...newUser('dm-bot'), bot: true }, h.dm, 'what is a crdt', false));
    await sleep(150);
    expect(h.fake.calls.slice(before).filter((c) => c.path.startsWith('/channels/'))).toEqual([]);
  });
});
