import {
  ChannelType,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { AskContext, Bot, Store, UsageReporter } from '../../src/index.js';
import { adminReport, countClick, NOTICES, type ChatGuard } from '../chat-kit/index.js';
import { CHOICE_MAX_CHARS, COMMANDS } from './commands.js';
import { decodeButton } from './custom-ids.js';
import { conversationKey, type MessageDeps } from './messages.js';
import { createInteractionReply, type InteractionReply } from './interaction-reply.js';
import { NO_MENTIONS, renderAnswer, renderChoices, renderNotice, type DiscordReply } from './render.js';
import { menuReply, onboardingButton, onboardingCommand, ONBOARDING_COMMANDS } from './onboarding.js';

export interface InteractionDeps extends MessageDeps {
  /** Milliseconds after receipt at which a reply not yet sent is deferred. */
  deferAfterMs: number;
  /** The usage report for `/report`; absent when nothing is recorded. */
  report?: UsageReporter;
  /** Who may see it (DISCORD_ADMIN_USERS). */
  adminUsers?: readonly string[];
  /** Where `/start` records its welcome, so the welcome on joining is not sent as well. */
  store?: Store;
}

/** Answered without counting towards the rate limit: explaining the bot is never "too much". */
const UNLIMITED_COMMANDS: ReadonlySet<string> = new Set([COMMANDS.help.name, COMMANDS.start.name]);

/** Discord message content is at most 2,000 characters; the fences take 8. */
const REPORT_CHARS = 1_990;

/** The usage report as an ephemeral code block; other people's words cannot break out of it. */
async function reportReply(interaction: ChatInputCommandInteraction, deps: InteractionDeps): Promise<DiscordReply> {
  const since = interaction.options.getString(COMMANDS.report.since) ?? '';
  const made = await adminReport(interaction.user.id, since, {
    adminUsers: deps.adminUsers ?? [],
    adminVariable: 'DISCORD_ADMIN_USERS',
    report: deps.report,
    logger: deps.logger,
  });
  if (made.kind === 'notice') return renderNotice(made.text);
  const text = made.text.replace(/`/g, 'ˋ');
  return { content: `\`\`\`\n${text.slice(0, REPORT_CHARS - 8)}\n\`\`\``, embeds: [], components: [], allowedMentions: NO_MENTIONS };
}

/** Over the limit, a command or click is told so privately: it waits for a reply of its own. */
const admitted = async (guard: ChatGuard, interaction: Interaction) =>
  (await guard.admit({ userId: interaction.user.id, arrival: 'request' })) === 'answer';

function channelKind(interaction: Interaction): NonNullable<AskContext['channelType']> {
  const channel = interaction.channel;
  if (!interaction.inGuild() || channel?.type === ChannelType.DM) return 'dm';
  return channel?.isThread() ? 'thread' : 'channel';
}

/** Autocomplete: answered straight from the in-memory index, well inside Discord's 3 s. */
function autocomplete(interaction: AutocompleteInteraction, bot: Bot): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const completions = bot.complete(String(focused.value), 25, CHOICE_MAX_CHARS);
  const titleOf = (id: string, text: string) => bot.knowledgeBase.byId.get(id)?.title ?? text;
  const items =
    interaction.commandName === COMMANDS.topic.name
      ? completions.map((c) => ({ name: titleOf(c.entryId, c.text), value: c.entryId }))
      : interaction.commandName === COMMANDS.compare.name
        ? completions.map((c) => ({ name: titleOf(c.entryId, c.text), value: titleOf(c.entryId, c.text) }))
        : completions.map((c) => ({ name: c.text, value: c.text }));
  return interaction.respond(renderChoices(items));
}

/** Who asks where; the same conversation as mentions in this channel, so a follow-up leans on either. */
const contextOf = (interaction: Interaction, channelType: AskContext['channelType']): AskContext => ({
  platform: 'discord',
  userId: interaction.user.id,
  channelType,
  ...(interaction.channelId ? { conversation: conversationKey(interaction.channelId, interaction.user.id) } : {}),
});

async function commandAnswer(interaction: ChatInputCommandInteraction, bot: Bot): Promise<DiscordReply> {
  const context = contextOf(interaction, 'slash');
  // Slash replies are private: whole answers, with Share for posting them.
  const ask = async (question: string): Promise<DiscordReply> =>
    renderAnswer(await bot.reply(question, context), { echo: question, shareable: true, expanded: true });
  const { options } = interaction;
  switch (interaction.commandName) {
    case COMMANDS.ask.name:
      return ask(options.getString(COMMANDS.ask.question, true));
    case COMMANDS.topic.name: {
      // Autocomplete sends an entry id; someone who ignores the choices sends their own words.
      const value = options.getString(COMMANDS.topic.topic, true);
      const entry = bot.answerFor(value, context);
      return entry ? renderAnswer(entry, { shareable: true, expanded: true }) : ask(value);
    }
    case COMMANDS.compare.name:
      return ask(`${options.getString(COMMANDS.compare.a, true)} vs ${options.getString(COMMANDS.compare.b, true)}`);
    case COMMANDS.help.name:
      return renderAnswer(bot.ask('help', context), { shareable: true, expanded: true });
    default:
      return renderNotice(`I don't know the command /${interaction.commandName}. Try /help.`);
  }
}

/** An ephemeral answer made public: the embeds the asker saw, and its buttons minus Share. */
function sharedCopy(interaction: ButtonInteraction): DiscordReply {
  const components = interaction.message.components.flatMap((row) => {
    const json = row.toJSON();
    if (!('components' in json)) return [];
    const kept = json.components.filter((c) => !('custom_id' in c) || c.custom_id !== 'share');
    return kept.length > 0 ? [{ ...json, components: kept }] : [];
  });
  return {
    embeds: interaction.message.embeds.map((embed) => embed.toJSON()),
    components: components as DiscordReply['components'],
    allowedMentions: NO_MENTIONS,
  };
}

async function button(interaction: ButtonInteraction, deps: InteractionDeps, open: () => InteractionReply): Promise<void> {
  const action = decodeButton(interaction.customId);
  // Only this application's buttons reach it, so an unknown id is one drawn by an older release.
  if (!action) return open().send(renderNotice(NOTICES.staleButton), true);
  const { bot, guard } = deps;
  const reply = open();
  if (action.type === 'vote') {
    // One vote per person and answer, kept before the thanks: a second click changes it.
    const kept = await bot.recordFeedback({
      platform: 'discord',
      userId: interaction.user.id,
      answerKey: action.key,
      helpful: action.helpful,
    });
    return reply.send(renderNotice(kept ? NOTICES.voteThanks : NOTICES.goneTopic), true);
  }
  if (!(await admitted(guard, interaction))) return reply.send(renderNotice(NOTICES.slowDown), true);
  if (action.type === 'share') {
    const first = await guard.firstDelivery('share', interaction.message.id);
    return first ? reply.send(sharedCopy(interaction)) : reply.send(renderNotice(NOTICES.alreadyShared), true);
  }
  const context = contextOf(interaction, channelKind(interaction));
  if (action.type === 'more') {
    const more = bot.more(action.key, context);
    return reply.send(more ? renderAnswer(more, { expanded: true }) : renderNotice(NOTICES.goneTopic));
  }
  if (action.type !== 'entry') return reply.send(onboardingButton(action, bot, context));
  // The button says what it is (kind, entry, the answer it sat under): nothing else is read.
  countClick(bot, 'discord', interaction.user.id, action.click);
  const answer = bot.answerFor(action.click.entryId, context);
  return reply.send(answer ? renderAnswer(answer, { shareable: true, expanded: true }) : renderNotice(NOTICES.goneTopic));
}

/** `/start` counts as the welcome in its channel: someone who asked for it is not welcomed again there. */
function recordStart(interaction: ChatInputCommandInteraction, { store, logger }: InteractionDeps): void {
  if (!store?.recordWelcome || !interaction.channelId) return;
  store
    .recordWelcome({ platform: 'discord', userId: interaction.user.id, place: interaction.channelId })
    .catch((error: unknown) => logger.warn({ err: error }, '/start: welcome not recorded'));
}

/**
 * Handles one interaction: slash commands, autocomplete, buttons, menus. Never throws; each
 * interaction gets at most one response, and a failure becomes an ephemeral apology.
 */
export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  const { guard, logger } = deps;
  return async (interaction) => {
    const received = performance.now();
    let reply: InteractionReply | undefined;
    const open = (ephemeral: boolean): InteractionReply => {
      if (!interaction.isRepliable()) throw new Error('interaction cannot be replied to');
      reply = createInteractionReply(interaction, { ephemeral, deferAt: received + deps.deferAfterMs, logger });
      return reply;
    };
    try {
      // Per keystroke and harmless to repeat (Discord keeps the first), so no store round trip.
      if (interaction.isAutocomplete()) return await autocomplete(interaction, deps.bot);
      if (!(await guard.firstDelivery('interaction', interaction.id))) {
        logger.debug({ interactionId: interaction.id }, 'duplicate interaction ignored');
        return;
      }
      if (interaction.isChatInputCommand()) {
        const command = open(true);
        if (!UNLIMITED_COMMANDS.has(interaction.commandName) && !(await admitted(guard, interaction))) {
          return await command.send(renderNotice(NOTICES.slowDown), true);
        }
        if (interaction.commandName === COMMANDS.report.name) return await command.send(await reportReply(interaction, deps));
        if (ONBOARDING_COMMANDS.has(interaction.commandName)) {
          if (interaction.commandName === COMMANDS.start.name) recordStart(interaction, deps);
          const [first, ...more] = onboardingCommand(interaction, deps.bot);
          await command.send(first!);
          for (const message of more) await command.followUp(message);
          return;
        }
        return await command.send(await commandAnswer(interaction, deps.bot));
      }
      if (interaction.isStringSelectMenu()) {
        const choice = open(true);
        if (!(await admitted(guard, interaction))) return await choice.send(renderNotice(NOTICES.slowDown), true);
        const context: AskContext = { platform: 'discord', userId: interaction.user.id, channelType: channelKind(interaction) };
        return await choice.send(menuReply(interaction, deps.bot, context));
      }
      if (interaction.isButton()) {
        return await button(interaction, deps, () => open(decodeButton(interaction.customId)?.type !== 'share'));
      }
    } catch (error) {
      logger.error({ err: error, interactionId: interaction.id, type: interaction.type }, 'interaction failed');
      if (!reply && interaction.isRepliable()) reply = open(true);
      await reply?.apologise();
    }
  };
}
