import { z } from 'zod';
import { flag, isSet, isYes, parseEnv, valuesOrThrow, wholeNumber } from '../runtime/env.js';

/** The Discord adapter's settings, checked once at start. */
export interface DiscordConfig {
  /** The bot token (never log it). */
  token: string;
  applicationId: string;
  /** When set, commands are registered to this server only (instant updates while developing). */
  guildId?: string;
  /** REST base URL override, e.g. a fake Discord in tests; the gateway URL then comes from its `/gateway/bot`. */
  apiUrl?: string;
  /** Questions one user may ask per window, across commands, buttons and mentions. */
  rateLimit: { limit: number; windowMs: number };
  /** Discord user ids allowed to see the usage report (`/report`); none when unset. */
  adminUsers?: string[];
  /** Total shards for the sharded entry point; `auto` asks discord.com for the recommended count. */
  shardCount: number | 'auto';
  /** The channel where newcomers are welcomed (on join, with `memberIntent`); `/start` works anywhere. */
  onboardingChannelId?: string;
  /**
   * Ask for the privileged Server Members intent and welcome people as they join. Off unless
   * DISCORD_MEMBER_INTENT=true: Discord refuses the connection when the intent is not also
   * switched on in the developer portal.
   */
  memberIntent?: boolean;
}

const PORTAL = 'https://discord.com/developers/applications';
const SNOWFLAKE = /^\d{17,20}$/;

const text = (required: string) => z.string({ error: required }).trim();

const intVar = (name: string, min: number, max: number, fallback: number, what: string) =>
  wholeNumber(
    { whole: `${name} must be a whole number from ${min} to ${max} (${what}); leave it unset for ${fallback}.` },
    min,
    max,
    fallback,
  );

const schema = z.object({
  DISCORD_TOKEN: text(`DISCORD_TOKEN is required: copy the bot token from ${PORTAL} → your application → Bot → Reset Token.`)
    .transform((token) => token.replace(/^Bot\s+/i, ''))
    .refine((token) => !/\s/.test(token), {
      error: `DISCORD_TOKEN must not contain spaces: paste only the token from ${PORTAL} → your application → Bot.`,
    }),
  DISCORD_APPLICATION_ID: text(
    `DISCORD_APPLICATION_ID is required: copy the Application ID from ${PORTAL} → your application → General Information.`,
  ).regex(SNOWFLAKE, {
    error: `DISCORD_APPLICATION_ID must be a numeric id of 17 to 20 digits: copy the Application ID from ${PORTAL} → General Information.`,
  }),
  DISCORD_GUILD_ID: text('DISCORD_GUILD_ID must be text.')
    .regex(SNOWFLAKE, {
      error:
        'DISCORD_GUILD_ID must be a server id of 17 to 20 digits: turn on Developer Mode in Discord (User Settings → Advanced), ' +
        'right-click the server and choose Copy Server ID; or leave it unset to register commands globally.',
    })
    .optional(),
  DISCORD_API_URL: z
    .url({
      protocol: /^https?$/,
      error: 'DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api; leave it unset to use https://discord.com/api.',
    })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  DISCORD_RATE_LIMIT: intVar('DISCORD_RATE_LIMIT', 1, 10_000, 10, 'questions one user may ask per window'),
  DISCORD_RATE_WINDOW_SECONDS: intVar('DISCORD_RATE_WINDOW_SECONDS', 1, 86_400, 60, 'length of the rate-limit window'),
  DISCORD_ADMIN_USERS: text('DISCORD_ADMIN_USERS must be text.')
    .regex(/^\d{17,20}(\s*,\s*\d{17,20})*$/, {
      error:
        'DISCORD_ADMIN_USERS must be Discord user ids separated by commas: turn on Developer Mode (User Settings → Advanced), then right-click a user → Copy User ID.',
    })
    .optional(),
  DISCORD_SHARD_COUNT: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(10_000)], {
      error: 'DISCORD_SHARD_COUNT must be a whole number of shards (1 or more) or "auto"; leave it unset for "auto".',
    })
    .default('auto'),
  DISCORD_ONBOARDING_CHANNEL_ID: text('DISCORD_ONBOARDING_CHANNEL_ID must be text.')
    .regex(SNOWFLAKE, {
      error:
        'DISCORD_ONBOARDING_CHANNEL_ID must be a channel id of 17 to 20 digits: turn on Developer Mode (User Settings → Advanced), ' +
        'then right-click the onboarding channel → Copy Channel ID.',
    })
    .optional(),
  DISCORD_MEMBER_INTENT: flag(
    'DISCORD_MEMBER_INTENT must be true or false (default false); true also needs Server Members Intent switched on in the developer portal → Bot.',
  ),
});

/**
 * Reads the Discord settings from an environment object (usually `process.env`).
 * Throws a `BotError` with code `CONFIG_INVALID` listing every problem, each naming its variable
 * and where to find a value.
 */
export function loadDiscordConfig(env: Record<string, string | undefined>): DiscordConfig {
  const parsed = parseEnv(schema, env);
  const problems = parsed.problems;
  if (isYes(env, 'DISCORD_MEMBER_INTENT') && !isSet(env, 'DISCORD_ONBOARDING_CHANNEL_ID')) {
    problems.push(
      'DISCORD_MEMBER_INTENT=true welcomes people as they join, in DISCORD_ONBOARDING_CHANNEL_ID: set that too ' +
        '(right-click the onboarding channel → Copy Channel ID), or leave DISCORD_MEMBER_INTENT unset.',
    );
  }
  const e = valuesOrThrow(parsed, problems, 'The Discord settings are incomplete or invalid:');
  return {
    token: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
    ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
    rateLimit: { limit: e.DISCORD_RATE_LIMIT, windowMs: e.DISCORD_RATE_WINDOW_SECONDS * 1000 },
    shardCount: e.DISCORD_SHARD_COUNT,
    ...(e.DISCORD_ADMIN_USERS ? { adminUsers: e.DISCORD_ADMIN_USERS.split(',').map((id) => id.trim()) } : {}),
    ...(e.DISCORD_ONBOARDING_CHANNEL_ID ? { onboardingChannelId: e.DISCORD_ONBOARDING_CHANNEL_ID } : {}),
    ...(e.DISCORD_MEMBER_INTENT ? { memberIntent: true } : {}),
  };
}
