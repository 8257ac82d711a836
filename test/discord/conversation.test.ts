import { afterEach, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordHandle } from '../../adapters/discord/client.js';
import { createBot, loadContent, type Store } from '../../src/index.js';
import { sqliteBackend, type TestDatabase } from '../store/backends.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/fake-discord.js';
import { userMessage, type Place } from '../../fakes/discord/payloads.js';
import { captureLogger, FIXTURES, newUser, type LogLine } from './harness.js';
import { REAL_CONTENT } from '../helpers.js';

let fake: FakeDiscord | undefined;
let db: TestDatabase | undefined;
const handles: DiscordHandle[] = [];
afterEach(async () => {
  await Promise.all(handles.splice(0).map((h) => h.stop()));
  await fake?.close();
  await db?.dispose();
  fake = undefined;
  db = undefined;
});

/** One replica of the Discord bot (real discord.js) on the shared fake Discord and database. */
async function replica(store: Store, content = FIXTURES): Promise<DiscordHandle> {
  const logs: LogLine[] = [];
  const handle = await startDiscord({
    bot: createBot({ knowledgeBase: loadContent(content), store }),
    config: {
      token: 'fake-token',
      applicationId: fake!.world.applicationId,
      apiUrl: fake!.apiUrl,
      rateLimit: { limit: 100, windowMs: 60_000 },
      shardCount: 1,
    },
    logger: captureLogger(logs),
    store,
  });
  handles.push(handle);
  return handle;
}

async function say(place: Place, user: ReturnType<typeof newUser>, text: string) {
  const before = fake!.calls.length;
  fake!.message(userMessage(fake!.world, user, place, text));
  return fake!.waitForCall((c) => fake!.calls.indexOf(c) >= before && c.method === 'POST' && c.path.endsWith('/messages'));
}

describe('conversations in Discord', () => {
  it('continues a conversation on a second replica: a follow-up leans on the answer the first one gave', async () => {
    fake = await startFakeDiscord();
    db = await sqliteBackend.create();
    const place: Place = { kind: 'channel', guild: fake.world.guilds[0]! };
    const user = newUser();
    const first = await replica(await db.open());
    const answer = await say(place, user, 'what is a crdt');
    expect(answer.body.embeds[0].title).toBe('CRDTs: conflict-free replicated data types');
    // In a channel: the short answer first, the rest behind "More".
    expect(answer.body.embeds[0].description).not.toContain('state-based');
    expect(JSON.stringify(answer.body.components)).toContain('more:crdt');

    // The first replica goes away; the follow-up is answered by another one, from the shared store.
    await first.stop();
    handles.splice(handles.indexOf(first), 1);
    await replica(await db.open());
    const followUp = await say(place, user, 'how does it compare to gossip?');
    expect(followUp.body.embeds[0].title).toBe('CRDT vs Gossip protocols');

    // Someone else in the same channel has a conversation of their own.
    const other = await say(place, newUser('grace'), 'how does it compare to gossip?');
    expect(other.body.embeds[0].title).not.toBe('CRDT vs Gossip protocols');
  });

  it('keeps the role of the first question in a follow-up answered by another replica ("once they\'re hired")', async () => {
    fake = await startFakeDiscord();
    db = await sqliteBackend.create();
    const place: Place = { kind: 'channel', guild: fake.world.guilds[0]! };
    const user = newUser();
    const first = await replica(await db.open(), REAL_CONTENT);
    const answer = await say(place, user, 'how should I structure interviews for our first SRE hire');
    expect(answer.body.embeds[0].title).toContain('interview loop');

    await first.stop();
    handles.splice(handles.indexOf(first), 1);
    await replica(await db.open(), REAL_CONTENT);
    const followUp = await say(place, user, "and once they're hired, what should their first 90 days look like?");
    expect(followUp.body.embeds[0].title).toBe('A 30/60/90-day onboarding plan for a new SRE');
  });
});
