import {
  ChannelType,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { Answer, AskContext, Bot, Logger, Store, UsageReporter } from '../../src/index.js';
import { CHOICE_MAX_CHARS, COMMANDS } from './commands.js';
import { decodeButton } from './custom-ids.js';
import type { Guard } from './guard.js';
import { NO_MENTIONS, renderAnswer, renderChoices, renderNotice, type DiscordReply } from './render.js';
import { NOTICES } from './notices.js';
import { menuReply, onboardingButton, onboardingCommand, ONBOARDING_COMMANDS } from './onboarding.js';
import { createResponder, type Responder } from './responder.js';

export interface InteractionDeps {
  bot: Bot;
  guard: Guard;
  logger: Logger;
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
  if (!(deps.adminUsers ?? []).includes(interaction.user.id)) {
    return {
      content: 'The usage report is for the admins named in DISCORD_ADMIN_USERS.',
      embeds: [],
      components: [],
      allowedMentions: NO_MENTIONS,
    };
  }
  if (!deps.report)
    return { content: 'No usage is recorded here, so there is no report.', embeds: [], components: [], allowedMentions: NO_MENTIONS };
  const text = (await deps.report(interaction.options.getString(COMMANDS.report.since) ?? '')).replace(/`/g, 'ˋ');
  return { content: `\`\`\`\n${text.slice(0, REPORT_CHARS - 8)}\n\`\`\``, embeds: [], components: [], allowedMentions: NO_MENTIONS };
}

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

async function commandAnswer(interaction: ChatInputCommandInteraction, bot: Bot): Promise<DiscordReply> {
  const context: AskContext = {
    platform: 'discord',
    userId: interaction.user.id,
    channelType: 'slash',
    // The same conversation as mentions in this channel: a slash follow-up leans on either.
    conversation: `discord:${interaction.channelId}:${interaction.user.id}`,
  };
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

async function button(interaction: ButtonInteraction, deps: InteractionDeps, responder: () => Responder): Promise<void> {
  const action = decodeButton(interaction.customId);
  // Only this application's buttons reach it, so an unknown id is one drawn by an older release.
  if (!action) return responder().send(renderNotice(NOTICES.staleButton), true);
  const { bot, guard } = deps;
  if (action.type === 'vote') {
    const reply = responder();
    // One vote per person and answer, kept before the thanks: a second click changes it.
    const kept = await bot.recordFeedback({
      platform: 'discord',
      userId: interaction.user.id,
      answerKey: action.key,
      helpful: action.helpful,
    });
    return reply.send(renderNotice(kept ? NOTICES.voteThanks : NOTICES.unknownTopic), true);
  }
  const reply = responder();
  if (!(await guard.allowed(interaction.user.id))) return reply.send(renderNotice(NOTICES.rateLimited), true);
  if (action.type === 'share') {
    const first = await guard.firstTime('share', interaction.message.id);
    return first ? reply.send(sharedCopy(interaction)) : reply.send(renderNotice(NOTICES.alreadyShared), true);
  }
  const context: AskContext = {
    platform: 'discord',
    userId: interaction.user.id,
    channelType: channelKind(interaction),
    conversation: `discord:${interaction.channelId}:${interaction.user.id}`,
  };
  if (action.type === 'more') {
    const more = bot.more(action.key, context);
    return reply.send(more ? renderAnswer(more, { expanded: true }) : renderNotice(NOTICES.unknownTopic));
  }
  if (action.type !== 'topic') return reply.send(onboardingButton(action, bot, context));
  // Under an answer (it has 👍/👎) the button is a follow-up; otherwise a "did you mean" or starter.
  const customIds = interaction.message.components.flatMap((row): string[] => {
    const json = row.toJSON() as { components?: { custom_id?: string }[] };
    return (json.components ?? []).map((c) => c.custom_id ?? '');
  });
  const vote = customIds.map(decodeButton).find((a) => a?.type === 'vote');
  bot.recordClick({
    platform: 'discord',
    userId: interaction.user.id,
    kind: vote ? 'related' : 'suggestion',
    fromKey: vote?.type === 'vote' ? vote.key : null,
    entryId: action.id,
  });
  const answer: Answer | null = bot.answerFor(action.id, context);
  return reply.send(answer ? renderAnswer(answer, { shareable: true, expanded: true }) : renderNotice(NOTICES.unknownTopic));
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
    let responder: Responder | undefined;
    const open = (ephemeral: boolean): Responder => {
      if (!interaction.isRepliable()) throw new Error('interaction cannot be replied to');
      responder = createResponder(interaction, { ephemeral, deferAt: received + deps.deferAfterMs, logger });
      return responder;
    };
    try {
      // Per keystroke and harmless to repeat (Discord keeps the first), so no store round trip.
      if (interaction.isAutocomplete()) return await autocomplete(interaction, deps.bot);
      if (!(await guard.firstTime('interaction', interaction.id))) {
        logger.debug({ interactionId: interaction.id }, 'duplicate interaction ignored');
        return;
      }
      if (interaction.isChatInputCommand()) {
        const reply = open(true);
        if (!UNLIMITED_COMMANDS.has(interaction.commandName) && !(await guard.allowed(interaction.user.id))) {
          return await reply.send(renderNotice(NOTICES.rateLimited), true);
        }
        if (interaction.commandName === COMMANDS.report.name) return await reply.send(await reportReply(interaction, deps));
        if (ONBOARDING_COMMANDS.has(interaction.commandName)) {
          if (interaction.commandName === COMMANDS.start.name) recordStart(interaction, deps);
          const [first, ...more] = onboardingCommand(interaction, deps.bot);
          await reply.send(first!);
          for (const message of more) await reply.followUp(message);
          return;
        }
        return await reply.send(await commandAnswer(interaction, deps.bot));
      }
      if (interaction.isStringSelectMenu()) {
        const reply = open(true);
        if (!(await guard.allowed(interaction.user.id))) return await reply.send(renderNotice(NOTICES.rateLimited), true);
        const context: AskContext = { platform: 'discord', userId: interaction.user.id, channelType: channelKind(interaction) };
        return await reply.send(menuReply(interaction, deps.bot, context));
      }
      if (interaction.isButton()) {
        return await button(interaction, deps, () => open(decodeButton(interaction.customId)?.type !== 'share'));
      }
    } catch (error) {
      logger.error({ err: error, interactionId: interaction.id, type: interaction.type }, 'interaction failed');
      if (!responder && interaction.isRepliable()) responder = open(true);
      await responder?.apologise();
    }
  };
}
