import { InteractionResponseType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonClick, slashCommand, type Place } from '../../fakes/discord/payloads.js';
import type { RecordedCall } from '../../fakes/discord/fake-rest.js';
import type { FakeUser } from '../../fakes/discord/world.js';
import { newUser, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

/** Asks with /ask and returns the message the bot's answer created, ready to be clicked. */
async function askFor(question: string, user: FakeUser, place: Place = h.channel): Promise<object> {
  const built = slashCommand(h.fake.world, user, place, 'ask', { question });
  await h.respond(built, place);
  return h.fake.responseMessage(built);
}

function click(user: FakeUser, customId: string, message: object, place: Place = h.channel): Promise<RecordedCall> {
  return h.respond(buttonClick(h.fake.world, user, place, customId, message), place);
}

const buttonIds = (call: RecordedCall): string[] =>
  (call.body.data.components ?? []).flatMap((row: { components: { custom_id: string }[] }) => row.components.map((b) => b.custom_id));

describe('buttons', () => {
  it('answers a related-topic button privately for whoever clicked it', async () => {
    const message = await askFor('wats a crdt', newUser());
    const call = await click(newUser('grace'), 'ask:r:crdt:gossip', message);
    expect(call.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(call.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(call.body.data.embeds[0].title).toBe('Gossip protocols');
    expect(call.body.data.allowed_mentions.parse).toEqual([]);
    // Recorded for the maintainers' report: a follow-up under the CRDT answer.
    expect(h.store.clicks).toContainEqual(
      expect.objectContaining({ platform: 'discord', kind: 'related', fromKey: 'crdt', entryId: 'gossip' }),
    );
  });

  it('opens a "did you mean" choice', async () => {
    const user = newUser();
    const message = await askFor('incident', user);
    const suggestions = (message as { components: { components: { custom_id: string }[] }[] }).components[0]!.components.map(
      (b) => b.custom_id,
    );
    expect(suggestions).toContain('ask:s::site-reliability-engineer');
    const call = await click(user, 'ask:s::site-reliability-engineer', message);
    expect(call.body.data.embeds[0].title).toBe('Site reliability engineer (SRE)');
    expect(h.store.clicks).toContainEqual(
      expect.objectContaining({ kind: 'suggestion', fromKey: null, entryId: 'site-reliability-engineer', userId: user.id }),
    );
  });

  it('records 👍 through the core feedback port and thanks the voter privately', async () => {
    const user = newUser();
    const message = await askFor('wats a crdt', user);
    const call = await click(user, 'vote:up:crdt', message);
    expect(call.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(call.body.data.content).toMatch(/Thanks/);
    await expect
      .poll(() => h.store.votes.find((v) => v.userId === user.id))
      .toEqual({
        platform: 'discord',
        userId: user.id,
        answerKey: 'crdt',
        helpful: true,
      });
  });

  it('keeps one vote per person and answer: a second click changes it', async () => {
    const user = newUser();
    const message = await askFor('crdt vs gossip', user);
    await click(user, 'vote:down:crdt+gossip', message);
    const again = await click(user, 'vote:up:crdt+gossip', message);
    expect(again.body.data.content).toMatch(/Thanks/);
    await expect
      .poll(() => h.store.votes.filter((v) => v.userId === user.id))
      .toEqual([{ platform: 'discord', userId: user.id, answerKey: 'crdt+gossip', helpful: true }]);
  });

  it('stores no vote for a key that names no entry, however long', async () => {
    const user = newUser();
    const message = await askFor('wats a crdt', user);
    const forged = await click(user, `vote:down:${'x'.repeat(80)}`, message);
    expect(forged.body.data.content).not.toMatch(/Thanks/);
    expect(h.store.votes.filter((v) => v.userId === user.id)).toEqual([]);
  });

  it('shares an ephemeral answer with the channel once, without the Share button', async () => {
    const user = newUser();
    const message = (await askFor('sre vs dse', user)) as { embeds: unknown[] };
    const call = await click(user, 'share', message);
    expect(call.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(call.body.data.flags ?? 0).toBe(0);
    expect(call.body.data.embeds).toEqual(message.embeds);
    expect(buttonIds(call)).toEqual([
      'ask:r:dse-vs-sre:site-reliability-engineer',
      'ask:r:dse-vs-sre:distributed-systems-engineer',
      'vote:up:dse-vs-sre',
      'vote:down:dse-vs-sre',
    ]);
    expect(call.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });

    const again = await click(user, 'share', message);
    expect(again.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(again.body.data.content).toMatch(/already posted/);
  });

  it('answers a button it no longer knows with a private note instead of failing', async () => {
    const message = await askFor('wats a crdt', newUser());
    const call = await click(newUser(), 'poll:v1:option-3', message);
    expect(call.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(call.body.data.content).toMatch(/older version/);
  });

  it('counts a click by what its own id says, reading no other button of the message', async () => {
    const user = newUser();
    // A message with no 👍 under it: before, the answer key was read from that button.
    const message = await askFor('incident', user);
    await click(user, 'ask:r:crdt:gossip', message);
    expect(h.store.clicks).toContainEqual(
      expect.objectContaining({ userId: user.id, kind: 'related', fromKey: 'crdt', entryId: 'gossip' }),
    );
  });

  it('still opens the entry of a button drawn before ids carried their meaning', async () => {
    const user = newUser();
    const message = await askFor('wats a crdt', user);
    const call = await click(user, 'topic:gossip', message);
    expect(call.body.data.embeds[0].title).toBe('Gossip protocols');
    // Its kind and origin were never in the id, so it is not counted; an old starter said what it was.
    expect(h.store.clicks.filter((c) => c.userId === user.id)).toEqual([]);
    await click(user, 'start:crdt', message);
    expect(h.store.clicks.filter((c) => c.userId === user.id)).toEqual([
      expect.objectContaining({ kind: 'starter', fromKey: null, entryId: 'crdt' }),
    ]);
  });

  it('works on buttons of an answer in a thread', async () => {
    const user = newUser();
    const message = await askFor('staff', user, h.thread);
    const call = await click(user, 'ask:r:staff:dse-vs-sre', message, h.thread);
    expect(call.body.data.embeds[0].title).toBe('Distributed systems engineer vs SRE');
  });
});
