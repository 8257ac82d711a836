import { ApplicationCommandOptionType, ApplicationCommandType, ChannelType, ComponentType, InteractionType } from 'discord.js';
import { snowflake } from './snowflake.js';
import { messageObject, userObject, type FakeGuild, type FakeUser, type FakeWorld } from './world.js';

/** Where an event happens: a server's text channel, its thread, or a DM with the bot. */
export type Place = { kind: 'channel'; guild: FakeGuild } | { kind: 'thread'; guild: FakeGuild } | { kind: 'dm' };

export interface BuiltInteraction {
  id: string;
  token: string;
  payload: Record<string, unknown>;
}

const dmChannels = new Map<string, string>();

/** The DM channel between the bot and a user (one per user, as on Discord). */
export function dmChannelId(user: FakeUser): string {
  let id = dmChannels.get(user.id);
  if (!id) dmChannels.set(user.id, (id = snowflake()));
  return id;
}

export function channelIdOf(place: Place, user: FakeUser): string {
  return place.kind === 'dm' ? dmChannelId(user) : place.kind === 'thread' ? place.guild.threadId : place.guild.channelId;
}

function channelObject(place: Place, user: FakeUser) {
  const id = channelIdOf(place, user);
  if (place.kind === 'dm') return { id, type: ChannelType.DM, recipients: [userObject(user)] };
  if (place.kind === 'thread') {
    return { id, type: ChannelType.PublicThread, guild_id: place.guild.id, parent_id: place.guild.channelId, name: 'interview prep' };
  }
  return { id, type: ChannelType.GuildText, guild_id: place.guild.id, name: 'careers' };
}

function memberObject(user: FakeUser) {
  return {
    user: userObject(user),
    roles: [],
    joined_at: new Date().toISOString(),
    deaf: false,
    mute: false,
    flags: 0,
    permissions: '2147483647',
  };
}

function interaction(
  world: FakeWorld,
  type: InteractionType,
  user: FakeUser,
  place: Place,
  data: object,
  extra: object = {},
): BuiltInteraction {
  const id = snowflake();
  const token = `token-${id}`;
  const guildId = place.kind === 'dm' ? undefined : place.guild.id;
  const payload = {
    id,
    application_id: world.applicationId,
    type,
    token,
    version: 1,
    data,
    channel: channelObject(place, user),
    channel_id: channelIdOf(place, user),
    ...(guildId ? { guild_id: guildId, member: memberObject(user), guild_locale: 'en-US' } : { user: userObject(user) }),
    app_permissions: '2147483647',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: guildId ? { '0': guildId } : { '1': user.id },
    context: guildId ? 0 : 1,
    attachment_size_limit: 10_485_760,
    ...extra,
  };
  return { id, token, payload };
}

export type StringOptions = Record<string, string>;

function stringOptions(options: StringOptions, focused?: string) {
  return Object.entries(options).map(([name, value]) => ({
    name,
    type: ApplicationCommandOptionType.String,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

export function slashCommand(world: FakeWorld, user: FakeUser, place: Place, name: string, options: StringOptions = {}): BuiltInteraction {
  const data = { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options: stringOptions(options) };
  return interaction(world, InteractionType.ApplicationCommand, user, place, data);
}

export function autocomplete(
  world: FakeWorld,
  user: FakeUser,
  place: Place,
  name: string,
  options: StringOptions,
  focused: string,
): BuiltInteraction {
  const data = { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options: stringOptions(options, focused) };
  return interaction(world, InteractionType.ApplicationCommandAutocomplete, user, place, data);
}

/** A click on a button of `message` (a message object as the fake stored it). */
export function buttonClick(world: FakeWorld, user: FakeUser, place: Place, customId: string, message: object): BuiltInteraction {
  const data = { custom_id: customId, component_type: ComponentType.Button };
  return interaction(world, InteractionType.MessageComponent, user, place, data, { message });
}

/** A choice from a string select menu of `message`. */
export function menuSelect(
  world: FakeWorld,
  user: FakeUser,
  place: Place,
  customId: string,
  values: string[],
  message: object,
): BuiltInteraction {
  const data = { custom_id: customId, component_type: ComponentType.StringSelect, values };
  return interaction(world, InteractionType.MessageComponent, user, place, data, { message });
}

/** GUILD_MEMBER_ADD: someone joined the server (sent only with the Server Members intent). */
export function memberAdd(guild: FakeGuild, user: FakeUser) {
  return { ...memberObject(user), guild_id: guild.id };
}

/** MESSAGE_CREATE for a user's message; `mention` puts the bot's mention in front, as the client does. */
export function userMessage(world: FakeWorld, user: FakeUser, place: Place, text: string, mention = place.kind !== 'dm') {
  const guildId = place.kind === 'dm' ? undefined : place.guild.id;
  const message = messageObject({
    channelId: channelIdOf(place, user),
    guildId,
    author: user,
    content: mention ? `<@${world.botUser.id}> ${text}` : text,
    mentions: mention ? [world.botUser] : [],
  });
  return {
    ...message,
    ...(guildId ? { member: memberObject(user) } : { channel_type: ChannelType.DM }),
  };
}
