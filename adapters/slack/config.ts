import { z } from 'zod';
import { isSet, parseEnv, valuesOrThrow, wholeNumber } from '../runtime/env.js';

const APPS_PAGE = 'https://api.slack.com/apps';
const BOT_TOKEN_HELP = `Copy the Bot User OAuth Token (xoxb-…) from "OAuth & Permissions" of your app at ${APPS_PAGE}.`;

/** The Slack part of the environment. Other variables are ignored: each part checks its own. */
export type SlackEnv = Record<string, string | undefined>;

/** What the Slack adapter runs with, checked once at start. */
export interface SlackConfig {
  /** `socket` when an app-level token is set (no public URL needed), else `http`. */
  mode: 'socket' | 'http';
  botToken: string;
  appToken?: string;
  signingSecret?: string;
  /** Web API base URL override (proxies, GovSlack, tests); undefined means Slack's default. */
  apiUrl?: string;
  /** HTTP mode only: where `/slack/events` listens. 0 picks a free port. */
  port: number;
  /** The slash command's name, with its leading slash. */
  slashCommand: string;
  /** Questions one user may ask per window before getting a polite "slow down". */
  rateLimit: { limit: number; windowMs: number };
  /** Slack user ids allowed to see the usage report (`/ask report`). */
  adminUsers: string[];
  /** Channel ids where people who join are welcomed (`member_joined_channel`); none when unset. */
  onboardingChannels: string[];
  /** How the welcome reaches them: a note only they see in the channel, or a direct message. */
  welcomeMode: 'ephemeral' | 'dm';
}

// Empty strings count as unset (parseEnv): `SLACK_APP_TOKEN=` in a .env file means "not using it".
const optional = <T extends z.ZodType>(schema: T) => schema.optional();

const token = (name: string, prefix: string, where: string) =>
  z
    .string()
    .trim()
    .refine((value) => value.startsWith(prefix), `${name} must start with "${prefix}". ${where}`);

const integer = (name: string, min: number, max: number, fallback: number) =>
  wholeNumber(
    { whole: `${name} must be a whole number`, min: `${name} must be at least ${min}`, max: `${name} must be at most ${max}` },
    min,
    max,
    fallback,
  );

const schema = z.object({
  SLACK_BOT_TOKEN: optional(token('SLACK_BOT_TOKEN', 'xoxb-', BOT_TOKEN_HELP)),
  SLACK_APP_TOKEN: optional(
    token(
      'SLACK_APP_TOKEN',
      'xapp-',
      `Create an App-Level Token with the connections:write scope under "Basic Information" at ${APPS_PAGE}.`,
    ),
  ),
  SLACK_SIGNING_SECRET: optional(z.string().trim()),
  SLACK_API_URL: optional(z.url({ protocol: /^https?$/, error: 'SLACK_API_URL must be an http(s) URL such as https://slack.com/api/' })),
  PORT: integer('PORT', 0, 65_535, 3000),
  SLACK_SLASH_COMMAND: optional(
    z
      .string()
      .trim()
      .regex(/^\/[a-z0-9_-]{1,31}$/, 'SLACK_SLASH_COMMAND must look like /ask: a slash, then lower-case letters, digits, - or _'),
  ),
  SLACK_RATE_LIMIT: integer('SLACK_RATE_LIMIT', 1, 10_000, 10),
  SLACK_RATE_WINDOW_SECONDS: integer('SLACK_RATE_WINDOW_SECONDS', 1, 86_400, 60),
  SLACK_ADMIN_USERS: optional(
    z
      .string()
      .trim()
      .regex(
        /^[UW][A-Z0-9]{2,}(\s*,\s*[UW][A-Z0-9]{2,})*$/,
        'SLACK_ADMIN_USERS must be Slack user ids separated by commas, such as U012AB3CD,U045EF6GH (profile → ⋮ → Copy member ID)',
      ),
  ),
  SLACK_ONBOARDING_CHANNELS: optional(
    z
      .string()
      .trim()
      .regex(
        /^[CG][A-Z0-9]{2,}(\s*,\s*[CG][A-Z0-9]{2,})*$/,
        'SLACK_ONBOARDING_CHANNELS must be channel ids separated by commas, such as C012AB3CD,C045EF6GH ' +
          '(open the channel → its name at the top → About → Channel ID); names like #ds-onboarding do not work',
      ),
  ),
  SLACK_WELCOME_MODE: optional(
    z.enum(['ephemeral', 'dm'], {
      error:
        'SLACK_WELCOME_MODE must be ephemeral (a note only the newcomer sees, in the channel) or dm (a direct message); leave it unset for ephemeral',
    }),
  ),
});

/**
 * Reads the Slack settings from an environment object (pass `process.env`). Every problem is
 * listed at once, each naming the variable and where to get a value.
 *
 * @throws {BotError} code `CONFIG_INVALID`.
 * @example
 * const config = loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-…', SLACK_APP_TOKEN: 'xapp-…' });
 * config.mode; // 'socket'
 */
export function loadSlackConfig(env: SlackEnv): SlackConfig {
  const parsed = parseEnv(schema, env);
  const problems = parsed.problems;
  // Presence is checked apart from the schema so that a missing token and a bad PORT are reported together.
  if (!isSet(env, 'SLACK_BOT_TOKEN')) problems.unshift(`SLACK_BOT_TOKEN is required. ${BOT_TOKEN_HELP}`);
  if (!isSet(env, 'SLACK_APP_TOKEN') && !isSet(env, 'SLACK_SIGNING_SECRET')) {
    problems.push(
      'Set SLACK_APP_TOKEN (Socket Mode: no public URL needed) or SLACK_SIGNING_SECRET (HTTP mode). ' +
        `Both are under "Basic Information" of your app at ${APPS_PAGE}.`,
    );
  }
  const values = valuesOrThrow(parsed, problems, 'The Slack configuration is invalid:');
  const apiUrl = values.SLACK_API_URL;
  return {
    mode: values.SLACK_APP_TOKEN ? 'socket' : 'http',
    botToken: values.SLACK_BOT_TOKEN!,
    appToken: values.SLACK_APP_TOKEN,
    signingSecret: values.SLACK_SIGNING_SECRET,
    apiUrl: apiUrl === undefined || apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`,
    port: values.PORT,
    slashCommand: values.SLACK_SLASH_COMMAND ?? '/ask',
    rateLimit: { limit: values.SLACK_RATE_LIMIT, windowMs: values.SLACK_RATE_WINDOW_SECONDS * 1000 },
    adminUsers: values.SLACK_ADMIN_USERS ? values.SLACK_ADMIN_USERS.split(',').map((id) => id.trim()) : [],
    onboardingChannels: values.SLACK_ONBOARDING_CHANNELS
      ? [...new Set(values.SLACK_ONBOARDING_CHANNELS.split(',').map((id) => id.trim()))]
      : [],
    welcomeMode: values.SLACK_WELCOME_MODE ?? 'ephemeral',
  };
}
