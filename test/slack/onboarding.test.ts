import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore, type MemoryStore, type Reporting, type Store } from '../../src/index.js';
import { NOTICES } from '../../adapters/chat-kit/index.js';
import { blockAction, DM, displayedText, findElement, memberJoined, slashCommand } from '../../fakes/slack/payloads.js';
import { settle, startHarness, type Harness } from '../../fakes/slack/harness.js';

type Json = Record<string, any>;

const ONBOARDING = 'C0ONBOARD';
const OTHER = 'C0RANDOM';
const NEWCOMER = 'U0NEWBIE';
/** The fixture's staff path (`test/fixtures/content/paths.yaml`), step by step. */
const STAFF_TITLES = ['Gossip protocols', 'CRDTs: conflict-free replicated data types', 'Staff engineer'];

/** The harness a test started, stopped after it whatever the outcome. */
let running: Harness | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function harness(env: Record<string, string> = {}, store: Store = createMemoryStore(), reporting?: Reporting) {
  running = await startHarness({ store, reporting, env: { SLACK_ONBOARDING_CHANNELS: `${ONBOARDING},C0SECOND`, ...env } });
  return running;
}

/** Clicks an element of a private (ephemeral) message and returns the private reply to it. */
async function clickPrivately(h: Harness, element: Json, extra: Json = {}) {
  const responseUrl = h.fake.responseUrl();
  await h.deliver('action', blockAction({ ...element, ...extra }, { responseUrl: responseUrl.url, user: NEWCOMER }));
  return h.fake.waitForResponse((r) => r.id === responseUrl.id);
}

const headerOf = (blocks: Json[]) => blocks.find((b) => b.type === 'header')?.text.text as string | undefined;

describe('Slack onboarding welcome', () => {
  it('welcomes someone who joins an onboarding channel exactly once, privately, with starters and a level picker', async () => {
    const h = await harness();
    await h.event(memberJoined(NEWCOMER, ONBOARDING));
    const welcome = await h.fake.waitFor('chat.postEphemeral');
    expect(welcome.args).toMatchObject({ channel: ONBOARDING, user: NEWCOMER });
    expect(headerOf(welcome.args.blocks)).toBe('Welcome to the study group');
    expect(displayedText(welcome.args.blocks)).toContain('*distributed-systems careers*');

    const starters = welcome.args.blocks.find((b: Json) => b.block_id === 'starters');
    expect(starters.elements.map((e: Json) => e.value)).toEqual(['t::dse-vs-sre', 't::staff', 't::crdt']);
    const picker = findElement(welcome.args.blocks, 'pick_path')!;
    expect(picker.type).toBe('static_select');
    expect(picker.options.map((o: Json) => o.value)).toEqual(['staff']);

    await settle();
    expect(h.fake.callsTo('chat.postEphemeral')).toHaveLength(1);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('sends no welcome for a join in a channel that is not an onboarding channel', async () => {
    const h = await harness();
    await h.event(memberJoined(NEWCOMER, OTHER));
    await settle();
    expect(h.fake.calls.filter((c) => c.method.startsWith('chat.'))).toEqual([]);
  });

  it('sends no second welcome when the same person joins the same channel again', async () => {
    const h = await harness();
    await h.event(memberJoined(NEWCOMER, ONBOARDING));
    await h.fake.waitFor('chat.postEphemeral');
    await h.event(memberJoined(NEWCOMER, ONBOARDING));
    await settle();
    expect(h.fake.callsTo('chat.postEphemeral')).toHaveLength(1);

    // Another onboarding channel is another place: one welcome there too.
    await h.event(memberJoined(NEWCOMER, 'C0SECOND'));
    await h.fake.waitFor('chat.postEphemeral', (c) => c.args.channel === 'C0SECOND');
    expect(h.fake.callsTo('chat.postEphemeral')).toHaveLength(2);
  });

  it('does not welcome itself when it is added to an onboarding channel', async () => {
    const h = await harness();
    await h.event(memberJoined(h.fake.identity.user_id, ONBOARDING));
    await settle();
    expect(h.fake.callsTo('chat.postEphemeral')).toHaveLength(0);
  });

  it('sends the welcome as a direct message when SLACK_WELCOME_MODE=dm', async () => {
    const h = await harness({ SLACK_WELCOME_MODE: 'dm' });
    await h.event(memberJoined(NEWCOMER, ONBOARDING));
    const welcome = await h.fake.waitFor('chat.postMessage');
    expect(h.fake.callsTo('conversations.open')[0]!.args.users).toBe(NEWCOMER);
    expect(welcome.args.channel).toBe('D0NEWBIE');
    expect(headerOf(welcome.args.blocks)).toBe('Welcome to the study group');
    expect(h.fake.callsTo('chat.postEphemeral')).toHaveLength(0);
  });

  it('records a starter pressed on the welcome as a starter click', async () => {
    const store = createMemoryStore();
    const h = await harness({}, store);
    await h.event(memberJoined(NEWCOMER, ONBOARDING));
    const welcome = await h.fake.waitFor('chat.postEphemeral');
    const starter = welcome.args.blocks.find((b: Json) => b.block_id === 'starters').elements[2];
    const answer = await clickPrivately(h, starter, { block_id: 'starters' });
    expect(headerOf(answer.body.blocks)).toBe('CRDTs: conflict-free replicated data types');
    await expect
      .poll(() => (h.store as MemoryStore).clicks)
      .toEqual([{ id: expect.any(String), platform: 'slack', userId: NEWCOMER, kind: 'starter', fromKey: null, entryId: 'crdt' }]);
  });
});

describe('Slack learning paths', () => {
  it('walks a whole path from the level picker with "next", one step at a time, to the end', async () => {
    const h = await harness();
    await h.event(memberJoined(NEWCOMER, ONBOARDING));
    const welcome = await h.fake.waitFor('chat.postEphemeral');
    const picker = findElement(welcome.args.blocks, 'pick_path')!;
    const overview = await clickPrivately(h, picker, { selected_option: picker.options[0] });
    expect(headerOf(overview.body.blocks)).toBe('Path to staff');

    const seen: string[] = [];
    let current = overview;
    for (;;) {
      const next = findElement(current.body.blocks, 'next_step');
      if (!next) break;
      current = await clickPrivately(h, next, { type: 'button' });
      expect(current.body.response_type).toBe('ephemeral');
      seen.push(headerOf(current.body.blocks)!);
      expect(seen.length).toBeLessThanOrEqual(STAFF_TITLES.length);
    }
    expect(seen).toEqual(STAFF_TITLES);
    expect(displayedText(current.body.blocks)).toContain('Step 3 of 3');
    expect(displayedText(current.body.blocks)).toContain('last step of this path');
    // "Back to the path" leads to the overview again.
    expect(findElement(current.body.blocks, 'open_path')!.value).toBe('staff');
  });

  it('shows `/ask path staff` as the ordered steps, each with a one-line summary and a button that opens it', async () => {
    const h = await harness();
    const responseUrl = h.fake.responseUrl();
    await h.deliver('command', slashCommand('path staff', responseUrl.url));
    const overview = await h.fake.waitForResponse((r) => r.id === responseUrl.id);
    expect(overview.body.response_type).toBe('ephemeral');
    const steps = overview.body.blocks.filter((b: Json) => b.accessory?.action_id?.startsWith('open_step'));
    expect(steps.map((b: Json) => b.text.text.split('\n')[0])).toEqual(STAFF_TITLES.map((t, i) => `*${i + 1}. ${t}*`));
    // One line: the first sentence of the summary.
    expect(steps[0].text.text.split('\n')[1]).toBe(
      'Gossip protocols spread information by having each node pass what it knows to a few random peers, round after round, like an epidemic.',
    );

    const second = await clickPrivately(h, steps[1].accessory);
    expect(headerOf(second.body.blocks)).toBe(STAFF_TITLES[1]);
    expect(displayedText(second.body.blocks)).toContain('Step 2 of 3');
    expect(findElement(second.body.blocks, 'next_step')!.text.text).toBe(`Next: ${STAFF_TITLES[2]}`);
  });

  it('says plainly when a step button names a path or step no longer in the content', async () => {
    const h = await harness();
    for (const value of ['astronaut:0', 'staff:9']) {
      const reply = await clickPrivately(h, { action_id: 'next_step', type: 'button', value });
      expect(reply.body.text).toBe(NOTICES.gonePath);
    }
  });

  it('lists the levels to pick from when `/ask path` names none or an unknown one', async () => {
    const h = await harness();
    for (const text of ['path', 'path astronaut']) {
      const responseUrl = h.fake.responseUrl();
      await h.deliver('command', slashCommand(text, responseUrl.url));
      const reply = await h.fake.waitForResponse((r) => r.id === responseUrl.id);
      expect(displayedText(reply.body.blocks)).toMatch(/Which level\?/);
      expect(findElement(reply.body.blocks, 'open_path')!.value).toBe('staff');
    }
  });
});

describe('Slack App Home', () => {
  it('publishes a valid view of at most 100 blocks: welcome, learning paths and every topic by kind', async () => {
    const h = await harness();
    await h.event({ type: 'app_home_opened', user: 'U0ASKER', channel: DM, tab: 'home' });
    const publish = await h.fake.waitFor('views.publish');
    const blocks: Json[] = publish.args.view.blocks;
    expect(blocks.length).toBeLessThanOrEqual(100);
    const text = displayedText(blocks);
    expect(text).toContain('Learning paths');
    expect(text).toContain('*Path to staff* · 3 steps');
    for (const group of h.bot.catalogue()) expect(text).toContain(`*${group.label}*`);
    // The memory store keeps no usage report: no "most asked" section rather than an empty one.
    expect(text).not.toContain('Most asked');

    const openPath = findElement(blocks, 'open_path')!;
    await h.deliver('action', blockAction({ ...openPath, type: 'button' }, { fromHome: true, responseUrl: '' }));
    const path = await h.fake.waitFor('chat.postMessage');
    expect(path.args.channel).toBe('U0ASKER');
    expect(headerOf(path.args.blocks)).toBe('Path to staff');
  });

  it('shows the five most-asked questions of the week from the store report', async () => {
    const periods: { since: Date; until: Date }[] = [];
    const counts = ['crdt', 'removed-entry', 'gossip', 'staff', 'dse-vs-sre', 'site-reliability-engineer', 'distributed-systems-engineer'];
    const reporting: Reporting = {
      usageText: async () => '',
      async mostAsked(period) {
        periods.push(period);
        return counts.map((entryId, i) => ({ entryId, count: 20 - i }));
      },
    };
    const h = await harness({}, createMemoryStore(), reporting);
    await h.event({ type: 'app_home_opened', user: 'U0ASKER', channel: DM, tab: 'home' });
    const publish = await h.fake.waitFor('views.publish');
    const popular = publish.args.view.blocks.find((b: Json) => b.block_id === 'popular');
    // Five, in order, skipping an entry that is no longer in the content.
    expect(popular.elements.map((e: Json) => e.value)).toEqual([
      '-::crdt',
      '-::gossip',
      '-::staff',
      '-::dse-vs-sre',
      '-::site-reliability-engineer',
    ]);
    expect(displayedText(publish.args.view.blocks)).toContain('1. CRDTs: conflict-free replicated data types (20×)');
    const week = periods[0]!.until.getTime() - periods[0]!.since.getTime();
    expect(week).toBe(7 * 24 * 60 * 60 * 1000);
  });
});
