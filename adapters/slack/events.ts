import type { App, types } from '@slack/bolt';
import { slackToPlain } from './markdown.js';
import { conversationKey, conversationPlace } from './places.js';
import { isDirectMessage, type Wiring } from './wiring.js';

// Replies to a thread that are also sent to the channel, and messages with a file, still carry a question.
const QUESTION_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

const mentions = (text: string, botUserId: string | undefined) => botUserId !== undefined && text.includes(`<@${botUserId}`);

/**
 * Messages: a mention in a channel is answered in the mention's thread; a DM in the DM; a reply
 * in a thread the bot already answered in, without a new mention. Bot messages (its own
 * included), edits, deletions and joins are ignored.
 */
export function registerEvents(app: App, { bot, replies, threads }: Wiring): void {
  const remember = (channel: string, threadTs: string) => threads.remember(channel, threadTs);

  app.event('app_mention', async ({ event, context, client }) => {
    // DMs are answered by the message listener below; answering here too would answer twice.
    if (event.bot_id || event.subtype || !event.user || isDirectMessage(event.channel)) return;
    if ((event as { edited?: unknown }).edited) return;
    const question = slackToPlain(event.text, context.botUserId);
    const place = conversationPlace(client, {
      channel: event.channel,
      threadTs: event.thread_ts ?? event.ts,
      userId: event.user,
      onThreadReply: remember,
    });
    const channelType = event.thread_ts ? 'thread' : 'channel';
    // The thread is the conversation: a follow-up there leans on this answer, on any replica.
    const conversation = conversationKey(context.teamId, event.channel, event.thread_ts ?? event.ts);
    await replies.reply(place, { userId: event.user, teamId: context.teamId, arrival: 'message' }, () =>
      bot.reply(question, { platform: 'slack', userId: event.user, channelType, conversation }),
    );
  });

  app.message(async ({ message, context, client }) => {
    if (message.subtype !== undefined && !QUESTION_SUBTYPES.has(message.subtype)) return;
    const m = message as types.GenericMessageEvent;
    if (m.bot_id || !m.user || !m.text || m.edited) return;
    const asker = { userId: m.user, teamId: context.teamId, arrival: 'message' as const };

    if (m.channel_type === 'im') {
      const place = conversationPlace(client, { channel: m.channel, threadTs: m.thread_ts, userId: m.user });
      const question = slackToPlain(m.text, context.botUserId);
      const conversation = conversationKey(context.teamId, m.channel, m.thread_ts);
      await replies.reply(place, asker, () => bot.reply(question, { platform: 'slack', userId: m.user, channelType: 'dm', conversation }));
      return;
    }

    const inThread = m.thread_ts !== undefined && m.thread_ts !== m.ts;
    // A mention is answered by the app_mention listener; other threads are people talking.
    if (!inThread || mentions(m.text, context.botUserId)) return;
    // A thread the bot answered in, here or on another replica (its conversation is in the store).
    const conversation = conversationKey(context.teamId, m.channel, m.thread_ts);
    if (!threads.has(m.channel, m.thread_ts!) && !(await bot.hasConversation(conversation))) return;
    const place = conversationPlace(client, { channel: m.channel, threadTs: m.thread_ts, userId: m.user, onThreadReply: remember });
    const question = slackToPlain(m.text, context.botUserId);
    await replies.reply(
      place,
      asker,
      () => bot.reply(question, { platform: 'slack', userId: m.user, channelType: 'thread', conversation }),
      // Without a mention, "see you at lunch" in the thread is chatter, not an off-topic question.
      { quietOn: ['decline', 'greeting'] },
    );
  });
}
