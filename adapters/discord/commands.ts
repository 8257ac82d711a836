import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { ENTRY_KINDS, KIND_LABELS, MAX_QUESTION_CHARS } from '../../src/index.js';

/** Command and option names, shared by the definitions and the interaction handler. */
export const COMMANDS = {
  ask: { name: 'ask', question: 'question' },
  topic: { name: 'topic', topic: 'name' },
  compare: { name: 'compare', a: 'a', b: 'b' },
  help: { name: 'help' },
  report: { name: 'report', since: 'since' },
  start: { name: 'start' },
  path: { name: 'path', level: 'level' },
  topics: { name: 'topics', kind: 'kind' },
} as const;

/** The levels `/path` offers; each is the id of a path in `content/paths.yaml`. */
export const LEVEL_CHOICES = [
  { name: 'Entry level', value: 'entry' },
  { name: 'Mid level', value: 'mid' },
  { name: 'Senior', value: 'senior' },
  { name: 'Staff', value: 'staff' },
  { name: 'Principal', value: 'principal' },
] as const;

/** The kinds `/topics` can narrow to, named as the catalogue names them. */
export const KIND_CHOICES = ENTRY_KINDS.map((kind) => ({ name: KIND_LABELS[kind], value: kind }));

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
      o
        .setName(COMMANDS.compare.a)
        .setDescription('First role or concept')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(CHOICE_MAX_CHARS),
    )
    .addStringOption((o) =>
      o
        .setName(COMMANDS.compare.b)
        .setDescription('Second role or concept')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(CHOICE_MAX_CHARS),
    );
  const help = base(COMMANDS.help.name, 'What the bot can answer and how to ask');
  // Hidden from members who cannot manage the server; the handler also checks DISCORD_ADMIN_USERS.
  const report = base(COMMANDS.report.name, 'Usage report for admins: unanswered questions, ratings, counts')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addStringOption((o) =>
      o.setName(COMMANDS.report.since).setDescription('How far back: 7d, 24h, 2w or a date (default 7d)').setMaxLength(20),
    );
  // Works without the privileged Server Members intent: newcomers can ask for their welcome.
  const start = base(COMMANDS.start.name, 'Welcome: what I can answer, questions to start with, and learning paths');
  const path = base(COMMANDS.path.name, 'A learning path for your level, one step at a time').addStringOption((o) =>
    o
      .setName(COMMANDS.path.level)
      .setDescription('Your level, or the one you are working towards')
      .setRequired(true)
      .addChoices(...LEVEL_CHOICES),
  );
  const topics = base(COMMANDS.topics.name, 'Browse every topic I know, by kind').addStringOption((o) =>
    o
      .setName(COMMANDS.topics.kind)
      .setDescription('Only one kind of topic')
      .addChoices(...KIND_CHOICES),
  );
  return [ask, topic, compare, help, report, start, path, topics].map((command) => command.toJSON());
}
