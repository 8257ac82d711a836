import type { ChatInputCommandInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { AskContext, Bot, PathView } from '../../src/index.js';
import { COMMANDS } from './commands.js';
import { decodeMenu, type ButtonAction } from './custom-ids.js';
import { NOTICES } from './notices.js';
import { renderPath, renderTopics, renderWelcome, stepHeading, stepRow } from './onboarding-render.js';
import { LIMITS, renderAnswer, renderNotice, type DiscordMessage } from './render.js';

/** The commands this module answers. */
export const ONBOARDING_COMMANDS: ReadonlySet<string> = new Set([COMMANDS.start.name, COMMANDS.path.name, COMMANDS.topics.name]);

type OnboardingButton = Extract<ButtonAction, { type: 'starter' | 'path' | 'step' }>;

/** A path's overview, or a note when the content has no such path (any more). */
function pathReply(bot: Bot, pathId: string): DiscordMessage {
  const path = bot.learningPath(pathId);
  return path ? renderPath(path) : renderNotice(NOTICES.unknownPath);
}

/** One step's answer, headed by where it is in the path, with "Next" under it. */
function stepReply(bot: Bot, path: PathView | null, index: number, context: AskContext): DiscordMessage {
  const step = path?.steps[index];
  const answer = step && bot.answerFor(step.id, context);
  if (!path || !answer) return renderNotice(NOTICES.unknownPath);
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

/** A starter, a path's overview, or a step ("next" included). */
export function onboardingButton(action: OnboardingButton, bot: Bot, context: AskContext): DiscordMessage {
  if (action.type === 'path') return pathReply(bot, action.pathId);
  if (action.type === 'step') {
    const path = bot.learningPath(action.pathId);
    return stepReply(bot, path?.id === action.pathId ? path : null, action.index, context);
  }
  bot.recordClick({ platform: 'discord', userId: context.userId, kind: 'starter', fromKey: null, entryId: action.id });
  const answer = bot.answerFor(action.id, context);
  return answer ? renderAnswer(answer, { shareable: true }) : renderNotice(NOTICES.unknownTopic);
}

/** A choice from a menu: a topic, a level, or a step of a long path. */
export function menuReply(interaction: StringSelectMenuInteraction, bot: Bot, context: AskContext): DiscordMessage {
  const menu = decodeMenu(interaction.customId);
  const value = interaction.values[0] ?? '';
  if (!menu) return renderNotice(NOTICES.staleButton);
  if (menu.type === 'levels') return pathReply(bot, value);
  if (menu.type === 'steps') {
    const path = bot.learningPath(menu.pathId);
    return stepReply(bot, path?.id === menu.pathId ? path : null, Number(value), context);
  }
  const answer = bot.answerFor(value, context);
  return answer ? renderAnswer(answer, { shareable: true }) : renderNotice(NOTICES.unknownTopic);
}
