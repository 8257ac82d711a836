import { afterEach, describe, expect, it } from 'vitest';
import { createBot, loadContent } from '../../src/index.js';
import { FIXTURE_CONTENT, REAL_CONTENT } from '../helpers.js';
import { sqliteBackend, type TestDatabase } from '../store/backends.js';
import { startHarness, type Harness } from '../../fakes/slack/harness.js';
import { appMention, directMessage, displayedText, message, TEAM } from '../../fakes/slack/payloads.js';

let db: TestDatabase | undefined;
const harnesses: Harness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.close()));
  await db?.dispose();
  db = undefined;
});

/** Two replicas of the Slack app (real Bolt, each with its fake Slack) over one database. */
async function twoReplicas(content = FIXTURE_CONTENT): Promise<[Harness, Harness]> {
  db = await sqliteBackend.create();
  const knowledgeBase = loadContent(content);
  const replicas = await Promise.all(
    [0, 1].map(async () => {
      const store = await db!.open();
      return startHarness({ store, bot: createBot({ knowledgeBase, store }) });
    }),
  );
  harnesses.push(...replicas);
  return replicas as [Harness, Harness];
}

describe('conversations in Slack', () => {
  it('continues a thread on a second replica: "how does it compare to gossip?" leans on the first answer', async () => {
    const [a, b] = await twoReplicas();
    const mention = appMention('what is a crdt');
    await a.event(mention);
    const first = await a.fake.waitFor('chat.postMessage');
    expect(first.args.thread_ts).toBe(mention.ts);
    expect(first.args.text).toContain('CRDT');

    // The follow-up, without a mention, reaches the other replica, which has never seen this thread.
    await expect.poll(() => b.bot.hasConversation(`slack:${TEAM}:${mention.channel}:${mention.ts}`), { timeout: 3_000 }).toBe(true);
    await b.event(message('how does it compare to gossip?', { thread_ts: mention.ts }));
    const second = await b.fake.waitFor('chat.postMessage');
    expect(second.args.thread_ts).toBe(mention.ts);
    const header = second.args.blocks.find((block: { type: string }) => block.type === 'header');
    expect(header.text.text).toBe('CRDT vs Gossip protocols');
  });

  it('shows the short answer in a channel, with "More" for the rest, and the whole answer in a DM', async () => {
    const [a] = await twoReplicas();
    await a.event(appMention('what is a crdt'));
    const inChannel = await a.fake.waitFor('chat.postMessage');
    expect(displayedText(inChannel.args.blocks)).toContain('merge to the same state');
    expect(displayedText(inChannel.args.blocks)).not.toContain('state-based');
    expect(JSON.stringify(inChannel.args.blocks)).toContain('"action_id":"more_details"');

    await a.event(directMessage('what is a crdt'));
    const inDm = await a.fake.waitFor('chat.postMessage', (call) => call !== inChannel);
    expect(displayedText(inDm.args.blocks)).toContain('state-based');
    expect(JSON.stringify(inDm.args.blocks)).not.toContain('more_details');
  });

  it('answers each part of a message that asks two things, under its own title', async () => {
    const [a] = await twoReplicas();
    await a.event(appMention('what is a crdt, and also what does an sre do?'));
    const post = await a.fake.waitFor('chat.postMessage');
    const text = displayedText(post.args.blocks);
    expect(text).toMatch(/\*1\. CRDTs[^*]*\*/);
    expect(text).toMatch(/\*2\. Site reliability engineer[^*]*\*/);
  });

  it('keeps the role of the first question in a thread follow-up on another replica ("once they\'re hired")', async () => {
    const [a, b] = await twoReplicas(REAL_CONTENT);
    const mention = appMention('how should I structure interviews for our first SRE hire');
    await a.event(mention);
    const first = await a.fake.waitFor('chat.postMessage');
    expect(first.args.text).toContain('interview loop');

    await expect.poll(() => b.bot.hasConversation(`slack:${TEAM}:${mention.channel}:${mention.ts}`), { timeout: 3_000 }).toBe(true);
    await b.event(message("and once they're hired, what should their first 90 days look like?", { thread_ts: mention.ts }));
    const second = await b.fake.waitFor('chat.postMessage');
    expect(second.args.thread_ts).toBe(mention.ts);
    const header = second.args.blocks.find((block: { type: string }) => block.type === 'header');
    expect(header.text.text).toBe('A 30/60/90-day onboarding plan for a new SRE');
  });

  it('never shows a thread follow-up on another replica the reply it has just read ("which one should i pick?")', async () => {
    const [a, b] = await twoReplicas(REAL_CONTENT);
    const mention = appMention('raft vs paxos, whats the difference?');
    await a.event(mention);
    const first = await a.fake.waitFor('chat.postMessage');

    await expect.poll(() => b.bot.hasConversation(`slack:${TEAM}:${mention.channel}:${mention.ts}`), { timeout: 3_000 }).toBe(true);
    await b.event(message('which one should i pick if i want to implement one as a side project', { thread_ts: mention.ts }));
    const second = await b.fake.waitFor('chat.postMessage');
    expect(second.args.thread_ts).toBe(mention.ts);
    // The entry's own passage on which to pick, not the comparison's summary shown in the thread a moment ago.
    expect(displayedText(second.args.blocks)).toContain('Which to pick');
    expect(displayedText(second.args.blocks)).not.toBe(displayedText(first.args.blocks));
  });
});
