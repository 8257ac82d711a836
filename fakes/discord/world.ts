import { ChannelType } from 'discord.js';
import { guildIdForShard, snowflake } from './snowflake.js';

/** What the fake Discord knows about: the bot, its application, and a server per shard. */
export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

export interface FakeGuild {
  id: string;
  name: string;
  /** A text channel. */
  channelId: string;
  /** A public thread under that channel. */
  threadId: string;
}

export interface FakeWorld {
  applicationId: string;
  botUser: FakeUser;
  guilds: FakeGuild[];
}

export function createWorld(shardCount: number): FakeWorld {
  return {
    applicationId: snowflake(),
    botUser: { id: snowflake(), username: 'careers-bot', bot: true },
    guilds: Array.from({ length: shardCount }, (_, shard) => ({
      id: guildIdForShard(shard, shardCount),
      name: `Study group ${shard}`,
      channelId: snowflake(),
      threadId: snowflake(),
    })),
  };
}

export function userObject(user: FakeUser) {
  return { id: user.id, username: user.username, global_name: null, discriminator: '0', avatar: null, bot: user.bot ?? false };
}

/** The GUILD_CREATE payload: enough of a server for discord.js to cache its channel and thread. */
export function guildCreatePayload(guild: FakeGuild, world: FakeWorld) {
  const now = new Date().toISOString();
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    owner_id: snowflake(),
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    features: [],
    mfa_level: 0,
    system_channel_flags: 0,
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    joined_at: now,
    large: false,
    unavailable: false,
    member_count: 2,
    roles: [
      {
        id: guild.id,
        name: '@everyone',
        color: 0,
        hoist: false,
        position: 0,
        permissions: '1024',
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    members: [{ user: userObject(world.botUser), roles: [], joined_at: now, deaf: false, mute: false, flags: 0 }],
    channels: [
      { id: guild.channelId, type: ChannelType.GuildText, name: 'careers', position: 0, permission_overwrites: [], guild_id: guild.id },
    ],
    threads: [
      {
        id: guild.threadId,
        type: ChannelType.PublicThread,
        guild_id: guild.id,
        parent_id: guild.channelId,
        name: 'interview prep',
        owner_id: snowflake(),
        message_count: 0,
        member_count: 1,
        rate_limit_per_user: 0,
        thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: now, locked: false },
      },
    ],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

/** A message as Discord returns it from a create or edit. */
export function messageObject(fields: {
  channelId: string;
  guildId?: string;
  author: FakeUser;
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  flags?: number;
  messageReference?: unknown;
  mentions?: FakeUser[];
  id?: string;
}) {
  return {
    id: fields.id ?? snowflake(),
    channel_id: fields.channelId,
    ...(fields.guildId ? { guild_id: fields.guildId } : {}),
    author: userObject(fields.author),
    content: fields.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: (fields.mentions ?? []).map(userObject),
    mention_roles: [],
    attachments: [],
    embeds: fields.embeds ?? [],
    components: fields.components ?? [],
    pinned: false,
    type: fields.messageReference ? 19 : 0,
    flags: fields.flags ?? 0,
    ...(fields.messageReference ? { message_reference: fields.messageReference } : {}),
  };
}
