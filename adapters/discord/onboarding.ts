import type { ChatInputCommandInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { AskContext, Bot } from '../../src/index.js';
import { NOTICES } from '../chat-kit/index.js';
import { COMMANDS } from './commands.js';
import { decodeMenu, type ButtonAction } from './custom-ids.js';
import { renderPath, renderTopics, renderWelcome, stepHeading, stepRow } from './onboarding-render.js';
import { LIMITS, renderAnswer, renderNotice, type DiscordMessage } from './render.js';

/** The commands this module answers. */
export const ONBOARDING_COMMANDS: ReadonlySet<string> = new Set([COMMANDS.start.name, COMMANDS.path.name, COMMANDS.topics.name]);

type OnboardingButton = Extract<ButtonAction, { type: 'path' | 'step' }>;

/** A path's overview, or a note when the content has no such path (any more). */
function pathReply(bot: Bot, pathId: string): DiscordMessage {
  const path = bot.learningPath(pathId);
  return path ? renderPath(path) : renderNotice(NOTICES.gonePath);
}

/** One step's answer, headed by where it is in the path, with "Next" under it. */
function stepReply(bot: Bot, pathId: string, index: number, context: AskContext): DiscordMessage {
  const opened = bot.pathStep(pathId, index, context);
  if (!opened) return renderNotice(NOTICES.gonePath);
  const { path, answer } = opened;
  const reply = renderAnswer(answer, { shareable: true });
  const nav = stepRow(path, index);
  return { ...reply, content: stepHeading(path, index), components: [...reply.components, ...(nav ? [nav] : [])].slice(0, LIMITS.rows) };
}

/**
 * `/start` (the welcome), `/path level:` and `/topics [kind:]`. The first message is the
 * response; any more (topics that need more than five menus) are follow-ups.
 */
export function onboardingCommand(interaction: ChatInputCommandInteraction, bot: Bot): DiscordMessage[] {
  switch (interaction.commandName) {
    case COMMANDS.start.name:
      return [renderWelcome(bot.welcome())];
    case COMMANDS.path.name:
      return [pathReply(bot, interaction.options.getString(COMMANDS.path.level, true))];
    default: {
      const kind = interaction.options.getString(COMMANDS.topics.kind);
      const groups = bot.catalogue().filter((group) => !kind || group.kind === kind);
      return groups.length > 0 ? renderTopics(groups) : [renderNotice(NOTICES.noTopics)];
    }
  }
}

/** A path's overview, or a step ("next" included). */
export function onboardingButton(action: OnboardingButton, bot: Bot, context: AskContext): DiscordMessage {
  if (action.type === 'path') return pathReply(bot, action.pathId);
  return stepReply(bot, action.pathId, action.index, context);
}

/** A choice from a menu: a topic, a level, or a step of a long path. */
export function menuReply(interaction: StringSelectMenuInteraction, bot: Bot, context: AskContext): DiscordMessage {
  const menu = decodeMenu(interaction.customId);
  const value = interaction.values[0] ?? '';
  if (!menu) return renderNotice(NOTICES.staleButton);
  if (menu.type === 'levels') return pathReply(bot, value);
  if (menu.type === 'steps') return stepReply(bot, menu.pathId, Number(value), context);
  const answer = bot.answerFor(value, context);
  return answer ? renderAnswer(answer, { shareable: true }) : renderNotice(NOTICES.goneTopic);
}
