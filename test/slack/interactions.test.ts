import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStore, type MemoryStore } from '../../src/index.js';
import { appMention, blockAction, CHANNEL, displayedText, DM, findElement, slashCommand } from '../../fakes/slack/payloads.js';
import { startHarness, type Harness } from '../../fakes/slack/harness.js';

type Json = Record<string, any>;

describe('Slack slash command and buttons (HTTP mode, real Bolt)', () => {
  let h: Harness;
  let store: MemoryStore;
  beforeEach(async () => {
    store = createMemoryStore();
    h = await startHarness({ store });
  });
  afterEach(async () => {
    await h.close();
  });

  /** Runs `/ask text` and returns the private reply posted to its response_url. */
  async function ask(text: string) {
    const responseUrl = h.fake.responseUrl();
    const delivery = await h.deliver('command', slashCommand(text, responseUrl.url));
    expect(delivery.status).toBe(200);
    return h.fake.waitForResponse((r) => r.id === responseUrl.id);
  }

  it('answers /ask privately, echoing the question, with a "Share in channel" button', async () => {
    const reply = await ask('what is a crdt');
    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.body.text).toContain('CRDTs');
    expect(displayedText(reply.body.blocks)).toContain('You asked “what is a crdt”');
    expect(findElement(reply.body.blocks, 'share_answer')).toMatchObject({ style: 'primary' });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('explains itself for /ask help and for a bare /ask', async () => {
    for (const text of ['help', '']) {
      const reply = await ask(text);
      expect(displayedText(reply.body.blocks)).toContain('`/ask topics` lists everything');
    }
  });

  it('lists the catalogue by kind for /ask topics, each kind with a menu to pick from', async () => {
    const reply = await ask('topics');
    const text = displayedText(reply.body.blocks);
    for (const group of h.bot.catalogue()) {
      expect(text).toContain(`*${group.label}*`);
      for (const entry of group.entries) expect(text).toContain(`• ${entry.title}`);
    }
    const menus = reply.body.blocks.filter((b: Json) => b.accessory?.type === 'static_select');
    expect(menus).toHaveLength(h.bot.catalogue().length);
  });

  it('answers a topic picked from the menu privately, in the same place', async () => {
    const list = await ask('topics');
    const menu = findElement(list.body.blocks, 'pick_topic')!;
    const responseUrl = h.fake.responseUrl();
    const choice = { action_id: menu.action_id, type: 'static_select', selected_option: menu.options[0] };
    await h.deliver('action', blockAction(choice, { responseUrl: responseUrl.url }));
    const reply = await h.fake.waitForResponse((r) => r.id === responseUrl.id);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.body.blocks.find((b: Json) => b.type === 'header').text.text).toBe(menu.options[0].text.text);
  });

  it('posts a private answer visibly when "Share in channel" is clicked, then removes the private copy', async () => {
    const reply = await ask('what is a crdt');
    const share = findElement(reply.body.blocks, 'share_answer')!;
    const responseUrl = h.fake.responseUrl();
    await h.deliver('action', blockAction({ ...share, type: 'button' }, { responseUrl: responseUrl.url }));

    const shared = await h.fake.waitForResponse((r) => r.id === responseUrl.id && r.body.response_type === 'in_channel');
    expect(displayedText(shared.body.blocks)).toContain('<@U0ASKER> asked “what is a crdt”');
    expect(shared.body.blocks.find((b: Json) => b.type === 'header').text.text).toContain('CRDTs');
    expect(findElement(shared.body.blocks, 'share_answer')).toBeUndefined();
    await h.fake.waitForResponse((r) => r.id === responseUrl.id && r.body.delete_original === true);
  });

  it('asks a related question in the same thread when its button is clicked', async () => {
    const mention = appMention('what is a crdt');
    await h.event(mention);
    const answer = await h.fake.waitFor('chat.postMessage');
    const related = findElement(answer.args.blocks, 'ask_entry')!;
    // The button says what it is: a related entry (gossip) under the CRDT answer.
    expect(related.value).toBe('r:crdt:gossip');

    const botMessage = { ts: '1700000000.999999', thread_ts: mention.ts, text: answer.args.text, blocks: answer.args.blocks };
    await h.deliver(
      'action',
      blockAction({ ...related, type: 'button', block_id: 'related' }, { message: botMessage, responseUrl: h.fake.responseUrl().url }),
    );
    const next = await h.fake.waitFor('chat.postMessage', (c) => c.args.text.startsWith('Gossip'));
    expect(next.args).toMatchObject({ channel: CHANNEL, thread_ts: mention.ts });
    // The click is recorded for the maintainers' report: which follow-up, under which answer.
    await expect
      .poll(() => (h.store as MemoryStore).clicks)
      .toEqual([{ id: expect.any(String), platform: 'slack', userId: 'U0ASKER', kind: 'related', fromKey: 'crdt', entryId: 'gossip' }]);
  });

  it('counts a click by what its own button says, reading no other button of the message', async () => {
    // The message holds no 👍 button to read an answer key from: the click's value says it all.
    const botMessage = { ts: '1700000000.666666', thread_ts: '1700000000.000001', text: 'CRDTs', blocks: [] };
    const related = { action_id: 'ask_entry:0', type: 'button', block_id: 'related', value: 'r:crdt:gossip' };
    await h.deliver('action', blockAction(related, { message: botMessage, responseUrl: h.fake.responseUrl().url }));
    await h.fake.waitFor('chat.postMessage', (c) => c.args.text.startsWith('Gossip'));
    await expect
      .poll(() => store.clicks)
      .toEqual([{ id: expect.any(String), platform: 'slack', userId: 'U0ASKER', kind: 'related', fromKey: 'crdt', entryId: 'gossip' }]);
  });

  it('still opens the entry of a button drawn before values carried their meaning, counted by its own block', async () => {
    const botMessage = { ts: '1700000000.555555', thread_ts: '1700000000.000002', text: 'CRDTs' };
    const old = { action_id: 'ask_entry:0', type: 'button', block_id: 'related', value: 'gossip' };
    await h.deliver('action', blockAction(old, { message: botMessage, responseUrl: h.fake.responseUrl().url }));
    await h.fake.waitFor('chat.postMessage', (c) => c.args.text.startsWith('Gossip'));
    // The answer it sat under is not known any more: the old button did not say it.
    await expect
      .poll(() => store.clicks)
      .toEqual([{ id: expect.any(String), platform: 'slack', userId: 'U0ASKER', kind: 'related', fromKey: null, entryId: 'gossip' }]);
  });

  it('asks a "did you mean" choice at the top level of a DM', async () => {
    const botMessage = { ts: '1700000000.888888', text: 'Did you mean…' };
    const choice = { action_id: 'ask_entry:1', type: 'button', value: 'gossip' };
    await h.deliver('action', blockAction(choice, { message: botMessage, channel: DM, responseUrl: h.fake.responseUrl().url }));
    const next = await h.fake.waitFor('chat.postMessage');
    expect(next.args.channel).toBe(DM);
    expect(next.args.thread_ts).toBeUndefined();
  });

  it('records a vote through the feedback port, thanks the voter privately, and lets a second click change it', async () => {
    const mention = appMention('sre vs dse');
    await h.event(mention);
    const answer = await h.fake.waitFor('chat.postMessage');
    const botMessage = { ts: '1700000000.777777', thread_ts: mention.ts, text: answer.args.text };

    for (const prefix of ['feedback_up', 'feedback_down']) {
      const button = findElement(answer.args.blocks, prefix)!;
      await h.deliver('action', blockAction({ ...button, type: 'button' }, { message: botMessage, responseUrl: h.fake.responseUrl().url }));
    }
    await h.fake.waitFor('chat.postEphemeral', () => h.fake.callsTo('chat.postEphemeral').length === 2);
    // One vote per person and answer: the 👎 replaced the 👍.
    expect(store.votes).toEqual([
      { platform: 'slack', userId: 'U0ASKER', answerKey: 'dse-vs-sre', question: 'sre vs dse', helpful: false },
    ]);
    const thanks = h.fake.callsTo('chat.postEphemeral')[0]!;
    expect(thanks.args).toMatchObject({ channel: CHANNEL, user: 'U0ASKER', thread_ts: mention.ts });
    expect(thanks.args.text).toMatch(/thanks for the feedback/i);
  });

  it('tells the user plainly when a button names a topic that no longer exists', async () => {
    const stale = { action_id: 'ask_entry:0', type: 'button', value: 'removed-entry' };
    const responseUrl = h.fake.responseUrl();
    await h.deliver('action', blockAction(stale, { responseUrl: responseUrl.url }));
    const reply = await h.fake.waitForResponse((r) => r.id === responseUrl.id);
    expect(reply.body.text).toMatch(/no longer in my notes/);
  });

  it('publishes an App Home listing every topic, and answers a pick there in the DM', async () => {
    await h.event({ type: 'app_home_opened', user: 'U0ASKER', channel: DM, tab: 'home' });
    const publish = await h.fake.waitFor('views.publish');
    expect(publish.args.user_id).toBe('U0ASKER');
    expect(displayedText(publish.args.view.blocks)).toContain('• Gossip protocols');

    const menu = findElement(publish.args.view.blocks, 'pick_topic')!;
    const choice = { action_id: menu.action_id, type: 'static_select', selected_option: menu.options[0] };
    await h.deliver('action', blockAction(choice, { fromHome: true, responseUrl: '' }));
    const answer = await h.fake.waitFor('chat.postMessage');
    expect(answer.args.channel).toBe('U0ASKER');
  });
});
