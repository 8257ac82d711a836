import { afterEach, describe, expect, it } from 'vitest';
import { NOTICES } from '../../adapters/chat-kit/index.js';
import { channelIdOf, dmChannelId, slashCommand as discordCommand, userMessage } from '../../fakes/discord/payloads.js';
import { newUser, startHarness as startDiscordHarness } from '../discord/harness.js';
import { startHarness as startSlackHarness, settle } from '../../fakes/slack/harness.js';
import { appMention, CHANNEL, DM, directMessage, slashCommand as slackCommand } from '../../fakes/slack/payloads.js';

/**
 * One person over the limit, on Slack (real Bolt) and on Discord (real discord.js), each
 * against its fake server: the rule of when "slow down" is said is asserted once, for both.
 */
type Arrival = 'dm' | 'mention' | 'command';

interface Outcomes {
  answers: number;
  /** "Slow down" notes only the asker saw. */
  privateNotes: number;
  /** "Slow down" said where others read it. */
  publicNotes: number;
}

interface Platform {
  /** Sends one question the way `arrival` says, from the same person each time. */
  send(arrival: Arrival): Promise<void>;
  outcomes(arrival: Arrival): Outcomes;
  stop(): Promise<void>;
}

const LIMIT = 2;
const QUESTION = 'what is a crdt';

async function slack(): Promise<Platform> {
  const h = await startSlackHarness({ env: { SLACK_RATE_LIMIT: String(LIMIT), SLACK_RATE_WINDOW_SECONDS: '60' } });
  const commandReplies = new Set<string>();
  return {
    async send(arrival) {
      if (arrival === 'dm') await h.event(directMessage(QUESTION));
      else if (arrival === 'mention') await h.event(appMention(QUESTION));
      else {
        const url = h.fake.responseUrl();
        commandReplies.add(url.id);
        await h.deliver('command', slackCommand(QUESTION, url.url));
      }
    },
    outcomes(arrival) {
      const isNote = (text: unknown) => text === NOTICES.slowDown;
      const notes = h.fake.callsTo('chat.postEphemeral').filter((c) => isNote(c.args.text)).length;
      if (arrival === 'command') {
        const replies = h.fake.responses.filter((r) => commandReplies.has(r.id));
        return {
          answers: replies.filter((r) => !isNote(r.body.text)).length,
          privateNotes: replies.length - replies.filter((r) => !isNote(r.body.text)).length,
          publicNotes: 0,
        };
      }
      const posts = h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === (arrival === 'dm' ? DM : CHANNEL));
      return {
        answers: posts.filter((c) => !isNote(c.args.text)).length,
        privateNotes: notes,
        publicNotes: posts.filter((c) => isNote(c.args.text)).length,
      };
    },
    stop: () => h.close(),
  };
}

async function discord(): Promise<Platform> {
  const h = await startDiscordHarness({ rateLimit: { limit: LIMIT, windowMs: 60_000 } });
  const user = newUser();
  const isNote = (body: { content?: unknown; data?: { content?: unknown } }) => (body.data?.content ?? body.content) === NOTICES.slowDown;
  return {
    async send(arrival) {
      if (arrival === 'command') h.fake.interact(discordCommand(h.fake.world, user, h.channel, 'ask', { question: QUESTION }), h.channel);
      else h.fake.message(userMessage(h.fake.world, user, arrival === 'dm' ? h.dm : h.channel, QUESTION));
    },
    outcomes(arrival) {
      if (arrival === 'command') {
        const callbacks = h.fake.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/callback'));
        const notes = callbacks.filter((c) => isNote(c.body));
        // Interaction replies here are ephemeral: a note in one is private.
        return { answers: callbacks.length - notes.length, privateNotes: notes.length, publicNotes: 0 };
      }
      const channel = arrival === 'dm' ? dmChannelId(user) : channelIdOf(h.channel, user);
      const posts = h.fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${channel}/messages`);
      const notes = posts.filter((c) => isNote(c.body)).length;
      // A DM is private to the asker; a reply in a channel is read by everyone there.
      return arrival === 'dm'
        ? { answers: posts.length - notes, privateNotes: notes, publicNotes: 0 }
        : { answers: posts.length - notes, privateNotes: 0, publicNotes: notes };
    },
    stop: () => h.stop(),
  };
}

/** Sends `count` questions, then waits until the expected replies are in and a little longer, for any extra. */
async function over(platform: Platform, arrival: Arrival, count: number, expected: (o: Outcomes) => boolean): Promise<Outcomes> {
  for (let i = 0; i < count; i++) await platform.send(arrival);
  await expect.poll(() => expected(platform.outcomes(arrival)), { timeout: 5000 }).toBe(true);
  await settle(300);
  return platform.outcomes(arrival);
}

let running: Platform | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

describe.each([
  ['Slack', slack],
  ['Discord', discord],
] as const)('the same person over the limit on %s', (_name, start) => {
  it('is told "slow down" once per window for messages typed one after another (DMs)', async () => {
    running = await start();
    const seen = await over(running, 'dm', LIMIT + 3, (o) => o.answers === LIMIT && o.privateNotes >= 1);
    expect(seen).toEqual({ answers: LIMIT, privateNotes: 1, publicNotes: 0 });
  });

  it('is told "slow down" every time for a command, which waits for its own reply', async () => {
    running = await start();
    const seen = await over(running, 'command', LIMIT + 3, (o) => o.answers + o.privateNotes === LIMIT + 3);
    expect(seen).toEqual({ answers: LIMIT, privateNotes: 3, publicNotes: 0 });
  });

  it('is never told in public, where everyone in the channel would read it', async () => {
    running = await start();
    const seen = await over(running, 'mention', LIMIT + 3, (o) => o.answers === LIMIT);
    expect(seen.answers).toBe(LIMIT);
    expect(seen.publicNotes).toBe(0);
    // Slack can say it privately in the channel (once, as for any message); Discord cannot, so it says nothing.
    expect(seen.privateNotes).toBeLessThanOrEqual(1);
  });
});
