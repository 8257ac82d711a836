import { ChannelType, type Message } from 'discord.js';
import type { AskContext, Bot, Logger } from '../../src/index.js';
import { NOTICES, type ChatGuard } from '../chat-kit/index.js';
import { renderAnswer, renderNotice, type DiscordReply } from './render.js';

export interface MessageDeps {
  bot: Bot;
  guard: ChatGuard;
  logger: Logger;
}

/**
 * A channel (or DM) per person is a conversation, whether asked by mention, DM, command or
 * button: "how does it compare to paxos?" follows on, on any shard.
 */
export const conversationKey = (channelId: string, userId: string) => `discord:${channelId}:${userId}`;

/** The question without the mentions of the bot that carried it. */
export function questionFrom(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Answers a message that mentions the bot (as a reply, which lands inside the thread when the
 * message was in one) or any DM (directly). Other messages are not the bot's business; without
 * the privileged Message Content intent their text is empty anyway.
 */
export function createMessageHandler(deps: MessageDeps): (message: Message) => Promise<void> {
  const { bot, guard, logger } = deps;
  return async (message) => {
    const me = message.client.user;
    if (message.author.bot || message.system || !me) return;
    const isDm = message.channel.type === ChannelType.DM;
    if (!isDm && !message.mentions.users.has(me.id)) return;

    const send = (reply: DiscordReply) => {
      const { content, embeds, components, allowedMentions } = reply;
      const payload = { content, embeds, components, allowedMentions };
      return isDm ? message.channel.send(payload) : message.reply(payload);
    };
    try {
      if (!(await guard.firstDelivery('message', message.id))) return;
      // A reply to a mention in a channel is public: only a DM can carry a private note.
      const admission = await guard.admit({ userId: message.author.id, arrival: 'message', canNotePrivately: isDm });
      if (admission === 'slow-down') await send(renderNotice(NOTICES.slowDown));
      if (admission !== 'answer') return;
      const channelType: AskContext['channelType'] = isDm ? 'dm' : message.channel.isThread() ? 'thread' : 'channel';
      const conversation = conversationKey(message.channelId, message.author.id);
      const answer = await bot.reply(questionFrom(message.content, me.id), {
        platform: 'discord',
        userId: message.author.id,
        channelType,
        conversation,
      });
      await send(renderAnswer(answer, { expanded: isDm }));
    } catch (error) {
      logger.error({ err: error, messageId: message.id }, 'message not answered');
      await send(renderNotice(NOTICES.apology)).catch(() => undefined);
    }
  };
}
