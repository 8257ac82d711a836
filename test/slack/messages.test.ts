import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appMention,
  BOT_USER,
  CHANNEL,
  directMessage,
  displayedText,
  DM,
  message,
  nextTs,
  slashCommand,
} from '../../fakes/slack/payloads.js';
import { settle, startHarness, type Harness } from '../../fakes/slack/harness.js';

const allText = (blocks: Array<Record<string, any>>) => JSON.stringify(blocks);

describe('Slack messages (HTTP mode, real Bolt)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('answers a mention in the thread of the mention, with a header, summary and a plain-text fallback', async () => {
    const mention = appMention('what is a crdt');
    const delivery = await h.event(mention);
    expect(delivery.status).toBe(200);

    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.channel).toBe(CHANNEL);
    expect(post.args.thread_ts).toBe(mention.ts);
    expect(post.token).toBe(h.fake.botToken);
    expect(post.args.text).toContain('CRDTs');
    expect(post.args.blocks[0]).toMatchObject({
      type: 'header',
      text: { type: 'plain_text', text: 'CRDTs: conflict-free replicated data types' },
    });
    expect(allText(post.args.blocks)).toContain('merges commute');
  });

  it('answers a mention inside an existing thread in that same thread', async () => {
    const parent = nextTs();
    await h.event(appMention('sre vs dse', { thread_ts: parent }));
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.thread_ts).toBe(parent);
  });

  it('answers a direct message in the DM, not in a thread', async () => {
    await h.event(directMessage('what does an sre do'));
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.channel).toBe(DM);
    expect(post.args.thread_ts).toBeUndefined();
    expect(post.args.blocks[0].text.text).toBe('Site reliability engineer (SRE)');
  });

  it('answers a follow-up in a thread it already answered in, without a new mention', async () => {
    const mention = appMention('what is a crdt');
    await h.event(mention);
    await h.fake.waitFor('chat.postMessage');

    await h.event(message('and what is gossip?', { thread_ts: mention.ts }));
    const followUp = await h.fake.waitFor('chat.postMessage', (c) => c.args.text.includes('Gossip'));
    expect(followUp.args.thread_ts).toBe(mention.ts);
  });

  it('stays out of threads it has not answered in and off plain channel messages', async () => {
    await h.event(message('what is a crdt', { thread_ts: nextTs() }));
    await h.event(message('what is a crdt'));
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('keeps quiet on chatter in a thread it answered in, rather than declining it', async () => {
    const mention = appMention('what is a crdt');
    await h.event(mention);
    await h.fake.waitFor('chat.postMessage');
    await h.event(message('ok see you at lunch tomorrow', { thread_ts: mention.ts }));
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers a mention in a thread once, not again as a thread follow-up', async () => {
    const mention = appMention('what is a crdt');
    await h.event(mention);
    await h.fake.waitFor('chat.postMessage');
    // Slack sends both events for a mention inside a thread the bot is in.
    const text = `<@${BOT_USER}> what is gossip`;
    const ts = nextTs();
    await h.event(appMention('what is gossip', { ts, thread_ts: mention.ts }));
    await h.event(message(text, { ts, thread_ts: mention.ts }));
    await h.fake.waitFor('chat.postMessage', (c) => c.args.text.includes('Gossip'));
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('ignores bot messages (its own included), edits, deletions and channel joins', async () => {
    await h.event(directMessage('what is a crdt', { bot_id: 'BOTHER', user: 'UOTHERBOT' }));
    await h.event(directMessage('what is a crdt', { user: BOT_USER, bot_id: 'BBOT' }));
    await h.event(directMessage('', { subtype: 'message_changed', message: { text: 'what is a crdt' } }));
    await h.event(directMessage('', { subtype: 'message_deleted', previous_message: { text: 'x' } }));
    await h.event(message(`<@U0ASKER> has joined the channel`, { subtype: 'channel_join' }));
    await h.event(appMention('what is a crdt', { bot_id: 'BOTHER' }));
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('offers "did you mean" buttons when the core is unsure', async () => {
    const expected = h.bot.ask('do crdts use gossip', { platform: 'slack' });
    expect(expected.kind).toBe('suggestions');
    await h.event(appMention('do crdts use gossip'));
    const post = await h.fake.waitFor('chat.postMessage');
    const actions = post.args.blocks.find((b: Record<string, any>) => b.type === 'actions');
    expect(actions.elements.map((e: Record<string, any>) => e.value)).toEqual(expected.suggestions.map((s) => `s::${s.id}`));
    expect(post.args.blocks.some((b: Record<string, any>) => b.type === 'header')).toBe(false);
  });

  it('declines an off-topic question plainly, offering starter questions', async () => {
    await h.event(appMention('how do I bake a sourdough pizza'));
    const post = await h.fake.waitFor('chat.postMessage');
    expect(post.args.text).toMatch(/^Sorry, I don't know that one/);
    expect(allText(post.args.blocks)).not.toContain('feedback_up');
    expect(post.args.blocks.at(-1).elements.length).toBeGreaterThan(0);
  });

  it('escapes hostile text so it can mention no one', async () => {
    await h.deliver('command', slashCommand('<!channel> &lt;!here&gt; <@U999> what is a crdt &amp; more', h.fake.responseUrl().url));
    const reply = await h.fake.waitForResponse();
    const json = `${displayedText(reply.body.blocks)}\n${reply.body.text}`;
    expect(json).not.toMatch(/<!channel>|<!here>|<@U999>/);
    expect(json).toContain('You asked “@\u2060channel &lt;!here&gt; what is a crdt &amp; more”');
  });
});
