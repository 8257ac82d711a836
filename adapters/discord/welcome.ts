import type { GuildMember } from 'discord.js';
import { firstWelcome, type Bot, type Logger, type Store } from '../../src/index.js';
import { renderWelcome } from './onboarding-render.js';

export interface WelcomeDeps {
  bot: Bot;
  store: Store;
  logger: Logger;
  /** The onboarding channel; members of other servers the bot is in are not welcomed there. */
  channelId: string;
}

/**
 * Welcomes someone who joins the server in the onboarding channel, once per person and channel.
 * Needs the Server Members intent (GUILD_MEMBER_ADD is not sent without it). Never throws.
 */
export function createWelcomeHandler({ bot, store, logger, channelId }: WelcomeDeps): (member: GuildMember) => Promise<void> {
  return async (member) => {
    if (member.user.bot) return;
    try {
      const channel = await member.client.channels.fetch(channelId);
      if (!channel || !('guildId' in channel) || channel.guildId !== member.guild.id || !channel.isSendable()) return;
      if (!(await firstWelcome(store, { platform: 'discord', userId: member.id, place: channelId }, logger))) return;
      const { embeds, components } = renderWelcome(bot.welcome());
      // The one ping the bot ever sends: the newcomer, so that they see their welcome.
      await channel.send({ content: `Welcome, <@${member.id}>!`, embeds, components, allowedMentions: { parse: [], users: [member.id] } });
      logger.info({ guildId: member.guild.id, channelId }, 'discord: newcomer welcomed');
    } catch (error) {
      logger.error({ err: error, guildId: member.guild.id, channelId }, 'discord: the welcome could not be sent');
    }
  };
}
