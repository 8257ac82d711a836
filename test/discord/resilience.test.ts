import { InteractionResponseType, MessageFlags } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore, type Bot, type Store } from '../../src/index.js';
import { startDiscord } from '../../adapters/discord/client.js';
import { startFakeDiscord } from '../../fakes/discord/fake-discord.js';
import { slashCommand, userMessage } from '../../fakes/discord/payloads.js';
import { fixtureBot, newUser, sleep, startHarness, type Harness, type HarnessOptions } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
async function harness(options: HarnessOptions = {}): Promise<Harness> {
  h = await startHarness(options);
  return h;
}

const ask = (hh: Harness, question: string, user = newUser()) => slashCommand(hh.fake.world, user, hh.channel, 'ask', { question });
const callbacks = (hh: Harness, id: string) => hh.fake.calls.filter((c) => c.path.startsWith(`/interactions/${id}/`));

describe('gateway connection', () => {
  it('rejects start-up with a clear error when Discord refuses the token', async () => {
    const fake = await startFakeDiscord();
    fake.override = () => ({ status: 401, body: { code: 0, message: '401: Unauthorized' } });
    const config = {
      token: 'revoked',
      applicationId: fake.world.applicationId,
      apiUrl: fake.apiUrl,
      rateLimit: { limit: 5, windowMs: 1000 },
      shardCount: 1,
    };
    await expect(startDiscord({ bot: fixtureBot(), config })).rejects.toThrow(/invalid token/i);
    expect(fake.gateway.log.connections).toBe(0);
    await fake.close();
  });

  it('heartbeats, and after a dropped connection resumes the session and answers what was sent meanwhile', async () => {
    const hh = await harness();
    await expect.poll(() => hh.fake.gateway.log.heartbeats, { timeout: 3000 }).toBeGreaterThan(0);
    const session = hh.fake.gateway.sessions.get(0)!;

    hh.fake.gateway.drop();
    await expect.poll(() => session.socket).toBeNull();
    const missed = ask(hh, 'wats a crdt');
    hh.fake.interact(missed, hh.channel); // queued by the gateway, replayed on RESUME
    const call = await hh.fake.waitForCall((c) => c.path.startsWith(`/interactions/${missed.id}/`));
    expect(call.body.data.embeds[0].title).toBe('CRDTs: conflict-free replicated data types');

    expect(hh.fake.gateway.log.resumes).toHaveLength(1);
    expect(hh.fake.gateway.log.resumes[0]).toMatchObject({ session_id: session.id, token: 'fake-token' });
    expect(hh.fake.gateway.log.identifies).toHaveLength(1);
    const after = await hh.respond(ask(hh, 'what is gossip'), hh.channel);
    expect(after.body.data.embeds[0].title).toBe('Gossip protocols');
  });

  it('reconnects and resumes when Discord sends RECONNECT, then keeps answering', async () => {
    const hh = await harness();
    hh.fake.gateway.requestReconnect();
    await hh.fake.gateway.waitForSession(0, 1);
    expect(hh.fake.gateway.log.identifies).toHaveLength(1);
    const call = await hh.respond(ask(hh, 'what is gossip'), hh.channel);
    expect(call.body.data.embeds[0].title).toBe('Gossip protocols');
  });

  it('identifies with the three intents it needs and no privileged ones', async () => {
    const hh = await harness();
    const [identify] = hh.fake.gateway.log.identifies;
    // Guilds (1) | GuildMessages (512) | DirectMessages (4096); no Message Content (32768).
    expect(identify?.intents).toBe(1 | 512 | 4096);
  });
});

describe('never twice', () => {
  it('answers a duplicated interaction once', async () => {
    const hh = await harness();
    const built = ask(hh, 'wats a crdt');
    hh.fake.interact(built, hh.channel);
    hh.fake.interact(built, hh.channel);
    await hh.fake.waitForCall((c) => c.path.startsWith(`/interactions/${built.id}/`));
    await sleep(150);
    expect(callbacks(hh, built.id)).toHaveLength(1);
    expect(hh.logs.some((l) => l.msg === 'duplicate interaction ignored')).toBe(true);
  });

  it('answers a duplicated mention once', async () => {
    const hh = await harness();
    const payload = userMessage(hh.fake.world, newUser(), hh.channel, 'wats a crdt');
    hh.fake.message(payload);
    hh.fake.message(payload);
    await hh.fake.waitForCall((c) => c.path.endsWith('/messages'));
    await sleep(150);
    expect(hh.fake.calls.filter((c) => c.path.endsWith('/messages'))).toHaveLength(1);
  });
});

describe('rate limit', () => {
  it('tells a user over the limit privately and keeps answering everyone else', async () => {
    const hh = await harness({ rateLimit: { limit: 2, windowMs: 60_000 } });
    const user = newUser();
    await hh.respond(ask(hh, 'wats a crdt', user), hh.channel);
    await hh.respond(ask(hh, 'what is gossip', user), hh.channel);
    const third = await hh.respond(ask(hh, 'staff', user), hh.channel);
    expect(third.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(third.body.data.content).toMatch(/faster than I can keep up/);
    expect(third.body.data.embeds).toEqual([]);
    const other = await hh.respond(ask(hh, 'staff'), hh.channel);
    expect(other.body.data.embeds[0].title).toBe('Staff engineer');
  });
});

describe('errors', () => {
  it('turns a failure into a short ephemeral apology and a log line, then keeps answering', async () => {
    const real = fixtureBot();
    const bot: Bot = {
      ...real,
      reply: async (question, context) => {
        if (question === 'explode') throw new Error('index corrupted');
        return real.reply(question, context);
      },
    };
    const hh = await harness({ bot });
    const failed = await hh.respond(ask(hh, 'explode'), hh.channel);
    expect(failed.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(failed.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(failed.body.data.content).toMatch(/^Sorry, something went wrong/);
    const line = hh.logs.find((l) => l.level === 'error');
    expect(line?.msg).toBe('interaction failed');
    expect(String((line?.obj as { err?: Error } | undefined)?.err)).toContain('index corrupted');

    const next = await hh.respond(ask(hh, 'wats a crdt'), hh.channel);
    expect(next.body.data.embeds[0].title).toBe('CRDTs: conflict-free replicated data types');
  });

  it('logs a reply Discord refuses and carries on', async () => {
    const hh = await harness();
    hh.fake.override = (call) =>
      call.path.endsWith('/messages') ? { status: 403, body: { code: 50013, message: 'Missing Permissions' } } : undefined;
    hh.fake.message(userMessage(hh.fake.world, newUser(), hh.channel, 'wats a crdt'));
    await expect.poll(() => hh.logs.some((l) => l.msg === 'message not answered')).toBe(true);

    hh.fake.override = undefined;
    const call = await hh.respond(ask(hh, 'what is gossip'), hh.channel);
    expect(call.body.data.embeds[0].title).toBe('Gossip protocols');
  });
});

describe('slow paths', () => {
  /** A store whose rate-limit check takes `ms`: the adapter must still answer in time. */
  function slowStore(ms: number): Store {
    const store = createMemoryStore();
    return {
      ...store,
      allow: async (...args) => {
        await sleep(ms);
        return store.allow(...args);
      },
    };
  }

  it('defers a reply that is not ready in time, then edits in the answer', async () => {
    const hh = await harness({ store: slowStore(300), deferAfterMs: 50, storeTimeoutMs: 2000 });
    const built = ask(hh, 'wats a crdt');
    const deferred = await hh.respond(built, hh.channel);
    expect(deferred.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(deferred.body.data.flags).toBe(MessageFlags.Ephemeral);
    const edit = await hh.fake.waitForCall(
      (c) => c.method === 'PATCH' && c.path === `/webhooks/${hh.config.applicationId}/${built.token}/messages/@original`,
    );
    expect(edit.body.embeds[0].title).toBe('CRDTs: conflict-free replicated data types');
    expect(edit.body.allowed_mentions.parse).toEqual([]);
    expect(callbacks(hh, built.id)).toHaveLength(1);
  });

  it('skips a store that hangs, answering within the 3 s window', async () => {
    const hanging: Store = { ...createMemoryStore(), allow: () => new Promise<boolean>(() => undefined) };
    const hh = await harness({ store: hanging, storeTimeoutMs: 100 });
    const built = ask(hh, 'wats a crdt');
    const sentAt = hh.fake.interact(built, hh.channel);
    const call = await hh.fake.waitForCall((c) => c.path.startsWith(`/interactions/${built.id}/`));
    expect(call.at - sentAt).toBeLessThan(1000);
    expect(call.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(hh.logs.some((l) => l.level === 'warn' && l.msg === 'store too slow; carrying on without it')).toBe(true);
  });
});
