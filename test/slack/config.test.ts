import { describe, expect, it } from 'vitest';
import { loadSlackConfig } from '../../adapters/slack/config.js';
import { BotError } from '../../src/index.js';

const problemsOf = (env: Record<string, string | undefined>): readonly string[] => {
  try {
    loadSlackConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(BotError);
    expect((error as BotError).code).toBe('CONFIG_INVALID');
    return (error as BotError).problems;
  }
  throw new Error('expected the configuration to be refused');
};

describe('loadSlackConfig', () => {
  it('chooses Socket Mode when an app-level token is set, with defaults for the rest', () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toEqual({
      mode: 'socket',
      botToken: 'xoxb-1',
      appToken: 'xapp-1',
      signingSecret: undefined,
      apiUrl: undefined,
      port: 3000,
      slashCommand: '/ask',
      rateLimit: { limit: 10, windowMs: 60_000 },
      adminUsers: [],
      onboardingChannels: [],
      welcomeMode: 'ephemeral',
    });
  });

  it('chooses HTTP mode with a signing secret, reading port, command, API URL and rate limits', () => {
    const config = loadSlackConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: 'https://slack-gov.com/api',
      PORT: '8080',
      SLACK_SLASH_COMMAND: '/careers',
      SLACK_RATE_LIMIT: '3',
      SLACK_RATE_WINDOW_SECONDS: '30',
    });
    expect(config).toMatchObject({
      mode: 'http',
      signingSecret: 'secret',
      apiUrl: 'https://slack-gov.com/api/',
      port: 8080,
      slashCommand: '/careers',
      rateLimit: { limit: 3, windowMs: 30_000 },
    });
  });

  it('treats empty strings as unset', () => {
    const config = loadSlackConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: '',
      SLACK_SIGNING_SECRET: 's',
      PORT: '',
      SLACK_API_URL: ' ',
    });
    expect(config).toMatchObject({ mode: 'http', appToken: undefined, port: 3000, apiUrl: undefined });
  });

  it('lists every problem at once, each naming its variable and where to get a value', () => {
    const problems = problemsOf({ SLACK_BOT_TOKEN: '', PORT: 'eighty', SLACK_SLASH_COMMAND: 'ask' });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^SLACK_BOT_TOKEN is required\. .*OAuth & Permissions.*https:\/\/api\.slack\.com\/apps/);
    expect(problems.find((p) => p.includes('SLACK_APP_TOKEN'))).toMatch(/SLACK_SIGNING_SECRET.*Basic Information/);
    expect(problems.find((p) => p.startsWith('PORT'))).toMatch(/whole number/);
    expect(problems.find((p) => p.startsWith('SLACK_SLASH_COMMAND'))).toMatch(/\/ask/);
  });

  it('refuses tokens of the wrong kind, saying which kind is expected', () => {
    const problems = problemsOf({ SLACK_BOT_TOKEN: 'xapp-swapped', SLACK_APP_TOKEN: 'xoxb-swapped' });
    expect(problems).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN must start with "xoxb-"/),
      expect.stringMatching(/^SLACK_APP_TOKEN must start with "xapp-".*connections:write/),
    ]);
  });

  it('refuses an API URL that is not http(s) and rate limits below one', () => {
    const problems = problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'ftp://x', SLACK_RATE_LIMIT: '0' });
    expect(problems).toEqual([expect.stringMatching(/^SLACK_API_URL must be an http\(s\) URL/), 'SLACK_RATE_LIMIT must be at least 1']);
  });
});

describe('SLACK_ADMIN_USERS', () => {
  it('reads a comma-separated list of user ids and names the variable when one is malformed', () => {
    const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
    expect(loadSlackConfig({ ...base, SLACK_ADMIN_USERS: 'U012AB3CD, U045EF6GH' }).adminUsers).toEqual(['U012AB3CD', 'U045EF6GH']);
    expect(() => loadSlackConfig({ ...base, SLACK_ADMIN_USERS: 'alice' })).toThrow(/SLACK_ADMIN_USERS must be Slack user ids/);
  });
});

describe('onboarding settings', () => {
  const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };

  it('reads the onboarding channels and the welcome mode', () => {
    const config = loadSlackConfig({ ...base, SLACK_ONBOARDING_CHANNELS: 'C012AB3CD, G045EF6GH,C012AB3CD', SLACK_WELCOME_MODE: 'dm' });
    expect(config.onboardingChannels).toEqual(['C012AB3CD', 'G045EF6GH']);
    expect(config.welcomeMode).toBe('dm');
  });

  it('names the variable, and how to find a channel id, when a channel is given by name', () => {
    expect(problemsOf({ ...base, SLACK_ONBOARDING_CHANNELS: '#ds-onboarding' })).toEqual([
      expect.stringMatching(/^SLACK_ONBOARDING_CHANNELS must be channel ids .*Channel ID/),
    ]);
  });

  it('accepts only ephemeral or dm as the welcome mode', () => {
    expect(problemsOf({ ...base, SLACK_WELCOME_MODE: 'email' })).toEqual([
      expect.stringMatching(/^SLACK_WELCOME_MODE must be ephemeral .* or dm/),
    ]);
  });
});
