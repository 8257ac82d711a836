import { afterEach, describe, expect, it } from 'vitest';
import { createStore, type DatabaseStore } from '../../adapters/store/index.js';
import { createBot, loadContent, silentLogger } from '../../src/index.js';
import { FIXTURE_CONTENT } from '../helpers.js';
import { startHarness, settle, type Harness } from '../../fakes/slack/harness.js';
import { appMention, blockAction, findElement, slashCommand } from '../../fakes/slack/payloads.js';

type Json = Record<string, any>;

/**
 * Issue 16, findings 5 and 6: votes and replays as people (and attackers holding a captured,
 * correctly signed request) produce them, through real Bolt, with the SQLite store and its report.
 */
describe('honest votes and replayed requests (HTTP mode, real Bolt, SQLite store)', () => {
  let h: Harness;
  let store: DatabaseStore;
  afterEach(async () => {
    await h?.close();
    await store?.close();
  });

  async function start() {
    store = await createStore(
      { backend: 'sqlite', path: ':memory:', salt: 'a-salt-of-sixteen-chars', keepQuestionText: true, retentionDays: 30 },
      silentLogger,
    );
    h = await startHarness({ bot: createBot({ knowledgeBase: loadContent(FIXTURE_CONTENT), store }), store });
  }

  /** An answer in a thread, and the message it became, as a click on it carries it. */
  async function answerTo(question: string) {
    const mention = appMention(question);
    await h.event(mention);
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === mention.ts);
    return { blocks: post.args.blocks as Json[], message: { ts: `1700000001.${mention.ts.slice(-6)}`, thread_ts: mention.ts } };
  }

  const thanks = () => h.fake.callsTo('chat.postEphemeral').filter((c) => /thanks for the feedback/i.test(c.args.text));

  it('keeps one vote per person and answer: thirty clicks on 👎 count once in the report', async () => {
    await start();
    const { blocks, message } = await answerTo('what is a crdt');
    const down = findElement(blocks, 'feedback_down')!;
    for (let i = 0; i < 30; i++) {
      await h.deliver(
        'action',
        blockAction({ ...down, type: 'button' }, { message, user: 'U0STUFFER', responseUrl: h.fake.responseUrl().url }),
      );
    }
    const up = findElement(blocks, 'feedback_up')!;
    await h.deliver('action', blockAction({ ...up, type: 'button' }, { message, user: 'U0OTHER', responseUrl: h.fake.responseUrl().url }));
    await h.fake.waitFor('chat.postEphemeral', () => thanks().length === 31);
    const report = await store.report({ since: new Date(Date.now() - 60_000), until: new Date(Date.now() + 60_000) });
    expect(report.totals.votes).toBe(2);
    expect(report.lowestRated).toEqual([{ answerKey: 'crdt', helpful: 1, unhelpful: 1 }]);
  });

  it('lets a second click change the vote', async () => {
    await start();
    const { blocks, message } = await answerTo('what is a crdt');
    const clicks = ['feedback_up', 'feedback_down', 'feedback_up'];
    for (const [i, prefix] of clicks.entries()) {
      const button = findElement(blocks, prefix)!;
      await h.deliver('action', blockAction({ ...button, type: 'button' }, { message, responseUrl: h.fake.responseUrl().url }));
      await h.fake.waitFor('chat.postEphemeral', () => thanks().length === i + 1);
    }
    const report = await store.report({ since: new Date(Date.now() - 60_000), until: new Date(Date.now() + 60_000) });
    expect(report.totals.votes).toBe(1);
    expect(report.lowestRated).toEqual([]); // the one vote is now 👍
  });

  it('stores no vote, and says so, for a key that names no entry, however long', async () => {
    await start();
    const { message } = await answerTo('what is a crdt');
    const forged = { action_id: 'feedback_down', type: 'button', value: JSON.stringify({ k: 'x'.repeat(100_000), q: 'q' }) };
    const responseUrl = h.fake.responseUrl();
    expect((await h.deliver('action', blockAction(forged, { message, responseUrl: responseUrl.url }))).status).toBe(200);
    const note = await h.fake.waitFor('chat.postEphemeral');
    expect(note.args.text).toMatch(/no longer in my notes/);
    const report = await store.report({ since: new Date(Date.now() - 60_000), until: new Date(Date.now() + 60_000) });
    expect(report.totals.votes).toBe(0);
  });

  it('answers a slash command replayed five times within Slack’s window once, acknowledging every copy', async () => {
    await start();
    const responseUrl = h.fake.responseUrl();
    const command = slashCommand('what is a crdt', responseUrl.url);
    const statuses = await Promise.all(Array.from({ length: 5 }, () => h.deliver('command', command)));
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 200, 200, 200]);
    await h.fake.waitForResponse((r) => r.id === responseUrl.id);
    await settle(300);
    expect(h.fake.responses.filter((r) => r.id === responseUrl.id)).toHaveLength(1);
  });

  it('acts on a replayed button click once', async () => {
    await start();
    const { blocks, message } = await answerTo('what is a crdt');
    const related = findElement(blocks, 'ask_entry')!;
    const click = blockAction({ ...related, type: 'button' }, { message, responseUrl: h.fake.responseUrl().url });
    const before = h.fake.callsTo('chat.postMessage').length;
    await Promise.all(Array.from({ length: 4 }, () => h.deliver('action', click)));
    await h.fake.waitFor('chat.postMessage', () => h.fake.callsTo('chat.postMessage').length === before + 1);
    await settle(300);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(before + 1);
  });
});
