import type { App, BlockAction, ButtonAction, RespondFn, StaticSelectAction, webApi } from '@slack/bolt';
import type { Answer, AskContext, ClickRecord } from '../../src/index.js';
import { countClick, decodeEntryClick, NOTICES, type EntryClick } from '../chat-kit/index.js';
import { ASK_ENTRY, decodeFeedback, decodeShare, FEEDBACK_DOWN, FEEDBACK_UP, matchesIndexed, MORE, PICK_TOPIC, SHARE } from './actions.js';
import { conversationKey, conversationPlace, responsePlace, sharePlace, type Place } from './places.js';
import type { Asker } from './replies.js';
import { isDirectMessage, type Wiring } from './wiring.js';

/**
 * Buttons drawn before values carried their meaning held a bare entry id: they still open it,
 * counted by the block they sit in (their own), with the answer they sat under unknown.
 */
const OLD_CLICK_KINDS = new Map<string | undefined, ClickRecord['kind']>([
  ['related', 'related'],
  ['suggestions', 'suggestion'],
  ['alternatives', 'suggestion'],
  ['starters', 'starter'],
]);

/** What an entry button's click means: from its value, or (an older button) its value and block. */
export function entryClickOf(value: string, blockId: string | undefined): EntryClick {
  return decodeEntryClick(value) ?? { entryId: value, kind: OLD_CLICK_KINDS.get(blockId) ?? null, fromKey: null };
}

/** The place a click came from, so that its answer appears right there. */
export function placeOf(body: BlockAction, client: webApi.WebClient, respond: RespondFn, wiring: Wiring): Place {
  const container = body.container as { type?: string; is_ephemeral?: boolean; thread_ts?: string };
  if (container.type === 'message' && container.is_ephemeral) return responsePlace(respond, { slashCommand: wiring.slashCommand });
  const userId = body.user.id;
  // From the App Home: answer in the app's DM with this user.
  if (!body.channel || !body.message) return conversationPlace(client, { channel: userId, userId });
  const channel = body.channel.id;
  const threadTs: string | undefined =
    body.message.thread_ts ?? container.thread_ts ?? (isDirectMessage(channel) ? undefined : body.message.ts);
  return conversationPlace(client, {
    channel,
    threadTs,
    userId,
    onThreadReply: (c, t) => wiring.threads.remember(c, t),
  });
}

export const asker = (body: BlockAction): Asker => ({
  userId: body.user.id,
  teamId: body.team?.id ?? body.user.team_id,
  arrival: 'request',
});
export const channelTypeOf = (place: Place): AskContext['channelType'] =>
  place.render.ephemeral ? 'slash' : place.where.threadTs ? 'thread' : 'dm';

/**
 * Buttons and menus: a related / "did you mean" / topic pick asks that entry in the same place;
 * 👍/👎 go to the core's feedback port and are acknowledged privately; "Share in channel"
 * posts a private answer visibly.
 */
export function registerInteractions(app: App, wiring: Wiring): void {
  const { bot, replies } = wiring;

  const show = async (body: BlockAction, click: EntryClick | null, client: webApi.WebClient, respond: RespondFn) => {
    const place = placeOf(body, client, respond, wiring);
    const ctx = {
      platform: 'slack' as const,
      userId: body.user.id,
      channelType: channelTypeOf(place),
      // A follow-up button opens a new topic in the thread: the next question there leans on it.
      conversation: place.where.channel ? conversationKey(asker(body).teamId, place.where.channel, place.where.threadTs) : undefined,
    };
    if (click) countClick(bot, 'slack', body.user.id, click);
    await replies.reply(place, asker(body), () => (click ? bot.answerFor(click.entryId, ctx) : null));
  };

  app.action<BlockAction<ButtonAction>>(matchesIndexed(ASK_ENTRY), async ({ ack, body, action, client, respond }) => {
    await ack();
    await show(body, action.value ? entryClickOf(action.value, action.block_id) : null, client, respond);
  });

  // "More": the details of the answer the button sat under, in the same place, shown in full.
  app.action<BlockAction<ButtonAction>>(MORE, async ({ ack, body, action, client, respond }) => {
    await ack();
    const base = placeOf(body, client, respond, wiring);
    const place = { ...base, render: { ...base.render, expanded: true } };
    const ctx = { platform: 'slack' as const, userId: body.user.id, channelType: channelTypeOf(base) };
    await replies.reply(place, asker(body), () => bot.more(action.value ?? '', ctx));
  });

  app.action<BlockAction<StaticSelectAction>>(matchesIndexed(PICK_TOPIC), async ({ ack, body, action, client, respond }) => {
    await ack();
    // A topic picked from a menu opens the entry; picks are not counted as clicks.
    const entryId = action.selected_option?.value;
    await show(body, entryId ? { entryId, kind: null, fromKey: null } : null, client, respond);
  });

  for (const [actionId, helpful] of [
    [FEEDBACK_UP, true],
    [FEEDBACK_DOWN, false],
  ] as const) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client, respond }) => {
      await ack();
      const vote = decodeFeedback(action.value);
      if (!vote) return;
      // One vote per person and answer, stored before the thanks: a second click changes it.
      const kept = await bot.recordFeedback({
        platform: 'slack',
        userId: body.user.id,
        answerKey: vote.key,
        question: vote.question,
        helpful,
      });
      await replies.notify(placeOf(body, client, respond, wiring), kept ? NOTICES.voteThanks : NOTICES.goneTopic);
    });
  }

  app.action<BlockAction<ButtonAction>>(SHARE, async ({ ack, body, action, respond }) => {
    await ack();
    const shared = decodeShare(action.value);
    if (!shared) return;
    const ctx = { platform: 'slack' as const, userId: body.user.id, channelType: 'slash' as const };
    const produce = (): Answer | null => {
      // The same entry, named by the question its asker typed; a comparison is simply asked again.
      const answer = shared.id ? bot.answerFor(shared.id, ctx) : bot.ask(shared.question, ctx);
      return answer && { ...answer, question: shared.question };
    };
    await replies.reply(sharePlace(respond, body.user.id), asker(body), produce, { rateLimited: false });
  });
}
