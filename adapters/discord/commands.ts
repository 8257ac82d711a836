import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { MAX_QUESTION_CHARS } from '../../src/index.js';

/** Command and option names, shared by the definitions and the interaction handler. */
export const COMMANDS = {
  ask: { name: 'ask', question: 'question' },
  topic: { name: 'topic', topic: 'name' },
  compare: { name: 'compare', a: 'a', b: 'b' },
  help: { name: 'help' },
  report: { name: 'report', since: 'since' },
} as const;

/** Where a choice value may be used: autocomplete values are at most 100 characters. */
export const CHOICE_MAX_CHARS = 100;

// Server channels and DMs with the bot; not group DMs, where the bot is not a member.
const contexts = [InteractionContextType.Guild, InteractionContextType.BotDM];

function base(name: string, description: string): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setContexts(contexts)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}

/** The slash commands as the REST API takes them (`PUT /applications/{id}/commands`). */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const ask = base(COMMANDS.ask.name, 'Ask about distributed-systems careers and concepts').addStringOption((o) =>
    o
      .setName(COMMANDS.ask.question)
      .setDescription('Your question, in plain words ("SRE vs DSE?", "what is a CRDT")')
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(MAX_QUESTION_CHARS),
  );
  const topic = base(COMMANDS.topic.name, 'Show one topic the bot knows').addStringOption((o) =>
    o
      .setName(COMMANDS.topic.topic)
      .setDescription('Start typing a role, level or concept')
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(CHOICE_MAX_CHARS),
  );
  const compare = base(COMMANDS.compare.name, 'Compare two roles or concepts side by side')
    .addStringOption((o) =>
      o.setName(COMMANDS.compare.a).setDescription('First role or concept').setRequired(true).setAutocomplete(true).setMaxLength(CHOICE_MAX_CHARS),
    )
    .addStringOption((o) =>
      o.setName(COMMANDS.compare.b).setDescription('Second role or concept').setRequired(true).setAutocomplete(true).setMaxLength(CHOICE_MAX_CHARS),
    );
  const help = base(COMMANDS.help.name, 'What the bot can answer and how to ask');
  // Hidden from members who cannot manage the server; the handler also checks DISCORD_ADMIN_USERS.
  const report = base(COMMANDS.report.name, 'Usage report for admins: unanswered questions, ratings, counts')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addStringOption((o) =>
      o.setName(COMMANDS.report.since).setDescription('How far back: 7d, 24h, 2w or a date (default 7d)').setMaxLength(20),
    );
  return [ask, topic, compare, help, report].map((command) => command.toJSON());
}
