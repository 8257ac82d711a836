import type { App, BlockAction, ButtonAction, RespondFn, StaticSelectAction, webApi } from '@slack/bolt';
import type { Answer, AskContext, ClickRecord } from '../../src/index.js';
import { ASK_ENTRY, decodeFeedback, decodeShare, FEEDBACK_DOWN, FEEDBACK_UP, matchesIndexed, MORE, PICK_TOPIC, SHARE } from './actions.js';
import { conversationKey, conversationPlace, responsePlace, sharePlace, type Place } from './places.js';
import { GONE } from './responder.js';
import { isDirectMessage, type Wiring } from './wiring.js';

const THANKS_FOR_VOTE = 'Thanks for the feedback! It helps improve these answers.';

/** Which buttons count as clicks for the report, by the block they sit in. */
const CLICK_KINDS = new Map<string | undefined, ClickRecord['kind']>([
  ['related', 'related'],
  ['suggestions', 'suggestion'],
  ['alternatives', 'suggestion'],
  ['starters', 'starter'],
]);

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

/** The key of the answer a button sat under, read back from its 👍 button; null under a non-answer. */
function answerKeyOf(body: BlockAction): string | null {
  const blocks = (body.message?.blocks ?? []) as { block_id?: string; elements?: { action_id?: string; value?: string }[] }[];
  const vote = blocks.find((b) => b.block_id === 'feedback')?.elements?.find((e) => e.action_id === FEEDBACK_UP)?.value;
  try {
    const key = vote ? (JSON.parse(vote) as { k?: unknown }).k : undefined;
    return typeof key === 'string' ? key : null;
  } catch {
    return null;
  }
}

export const asker = (body: BlockAction) => ({ userId: body.user.id, teamId: body.team?.id ?? body.user.team_id });
export const channelTypeOf = (place: Place): AskContext['channelType'] =>
  place.render.ephemeral ? 'slash' : place.where.threadTs ? 'thread' : 'dm';

/**
 * Buttons and menus: a related / "did you mean" / topic pick asks that entry in the same place;
 * 👍/👎 go to the core's feedback port and are acknowledged privately; "Share in channel"
 * posts a private answer visibly.
 */
export function registerInteractions(app: App, wiring: Wiring): void {
  const { bot, responder } = wiring;

  const show = async (body: BlockAction, id: string | undefined, client: webApi.WebClient, respond: RespondFn) => {
    const place = placeOf(body, client, respond, wiring);
    const ctx = {
      platform: 'slack' as const,
      userId: body.user.id,
      channelType: channelTypeOf(place),
      // A follow-up button opens a new topic in the thread: the next question there leans on it.
      conversation: place.where.channel ? conversationKey(asker(body).teamId, place.where.channel, place.where.threadTs) : undefined,
    };
    const kind = CLICK_KINDS.get(body.actions[0]?.block_id);
    if (id && kind) bot.recordClick({ platform: 'slack', userId: body.user.id, kind, fromKey: answerKeyOf(body), entryId: id });
    await responder.reply(place, asker(body), () => (id ? bot.answerFor(id, ctx) : null));
  };

  app.action<BlockAction<ButtonAction>>(matchesIndexed(ASK_ENTRY), async ({ ack, body, action, client, respond }) => {
    await ack();
    await show(body, action.value, client, respond);
  });

  // "More": the details of the answer the button sat under, in the same place, shown in full.
  app.action<BlockAction<ButtonAction>>(MORE, async ({ ack, body, action, client, respond }) => {
    await ack();
    const base = placeOf(body, client, respond, wiring);
    const place = { ...base, render: { ...base.render, expanded: true } };
    const ctx = { platform: 'slack' as const, userId: body.user.id, channelType: channelTypeOf(base) };
    await responder.reply(place, asker(body), () => bot.more(action.value ?? '', ctx));
  });

  app.action<BlockAction<StaticSelectAction>>(matchesIndexed(PICK_TOPIC), async ({ ack, body, action, client, respond }) => {
    await ack();
    await show(body, action.selected_option?.value, client, respond);
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
      await responder.notify(placeOf(body, client, respond, wiring), kept ? THANKS_FOR_VOTE : GONE);
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
    await responder.reply(sharePlace(respond, body.user.id), asker(body), produce, { rateLimited: false });
  });
}
