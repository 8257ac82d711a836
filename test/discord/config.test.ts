import { describe, expect, it } from 'vitest';
import { BotError } from '../../src/index.js';
import { loadDiscordConfig } from '../../adapters/discord/config.js';

const APP = '123456789012345678';
const GUILD = '876543210987654321';

function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  try {
    loadDiscordConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(BotError);
    expect((error as BotError).code).toBe('CONFIG_INVALID');
    return (error as BotError).problems;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('loadDiscordConfig', () => {
  it('reads a complete environment', () => {
    expect(
      loadDiscordConfig({
        DISCORD_TOKEN: 'abc.def.ghi',
        DISCORD_APPLICATION_ID: APP,
        DISCORD_GUILD_ID: GUILD,
        DISCORD_API_URL: 'http://127.0.0.1:3000/api/',
        DISCORD_RATE_LIMIT: '5',
        DISCORD_RATE_WINDOW_SECONDS: '30',
        DISCORD_SHARD_COUNT: '2',
      }),
    ).toEqual({
      token: 'abc.def.ghi',
      applicationId: APP,
      guildId: GUILD,
      apiUrl: 'http://127.0.0.1:3000/api',
      rateLimit: { limit: 5, windowMs: 30_000 },
      shardCount: 2,
    });
  });

  it('uses defaults for everything but the token and application id', () => {
    expect(loadDiscordConfig({ DISCORD_TOKEN: 'Bot abc', DISCORD_APPLICATION_ID: APP })).toEqual({
      token: 'abc',
      applicationId: APP,
      rateLimit: { limit: 10, windowMs: 60_000 },
      shardCount: 'auto',
    });
  });

  it('treats empty strings as unset', () => {
    const config = loadDiscordConfig({
      DISCORD_TOKEN: 'abc',
      DISCORD_APPLICATION_ID: APP,
      DISCORD_GUILD_ID: '',
      DISCORD_API_URL: '  ',
      DISCORD_RATE_LIMIT: '',
    });
    expect(config.guildId).toBeUndefined();
    expect(config.apiUrl).toBeUndefined();
    expect(config.rateLimit.limit).toBe(10);
    expect(problemsOf({ DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: APP })).toEqual([expect.stringMatching(/^DISCORD_TOKEN is required/)]);
  });

  it('lists every problem at once, each naming its variable and where to get a value', () => {
    const problems = problemsOf({
      DISCORD_APPLICATION_ID: 'my-bot',
      DISCORD_GUILD_ID: 'general',
      DISCORD_API_URL: 'discord.com',
      DISCORD_RATE_LIMIT: '0',
      DISCORD_SHARD_COUNT: 'many',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^DISCORD_TOKEN is required: .*developers\/applications.*Bot/),
      expect.stringMatching(/^DISCORD_APPLICATION_ID must be .*General Information/),
      expect.stringMatching(/^DISCORD_GUILD_ID must be .*Copy Server ID/),
      expect.stringMatching(/^DISCORD_API_URL must be an http\(s\) URL/),
      expect.stringMatching(/^DISCORD_RATE_LIMIT must be a whole number/),
      expect.stringMatching(/^DISCORD_SHARD_COUNT must be a whole number/),
    ]);
  });

  it('never repeats the token in an error', () => {
    const problems = problemsOf({ DISCORD_TOKEN: 'secret token with spaces', DISCORD_APPLICATION_ID: APP });
    expect(problems.join('\n')).not.toContain('secret');
    expect(problems).toEqual([expect.stringMatching(/^DISCORD_TOKEN must not contain spaces/)]);
  });
});

describe('onboarding settings', () => {
  const base = { DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: APP };
  const CHANNEL = '112233445566778899';

  it('reads the onboarding channel and the member intent, which is off unless asked for', () => {
    expect(loadDiscordConfig({ ...base, DISCORD_ONBOARDING_CHANNEL_ID: CHANNEL })).toMatchObject({ onboardingChannelId: CHANNEL });
    expect(loadDiscordConfig({ ...base, DISCORD_ONBOARDING_CHANNEL_ID: CHANNEL }).memberIntent).toBeUndefined();
    expect(loadDiscordConfig({ ...base, DISCORD_ONBOARDING_CHANNEL_ID: CHANNEL, DISCORD_MEMBER_INTENT: 'TRUE' }).memberIntent).toBe(true);
    expect(loadDiscordConfig({ ...base, DISCORD_MEMBER_INTENT: 'false' }).memberIntent).toBeUndefined();
  });

  it('names the variable and how to copy a channel id when the channel is not an id', () => {
    expect(problemsOf({ ...base, DISCORD_ONBOARDING_CHANNEL_ID: '#welcome' })).toEqual([
      expect.stringMatching(/^DISCORD_ONBOARDING_CHANNEL_ID must be a channel id .*Copy Channel ID/),
    ]);
  });

  it('refuses the member intent without an onboarding channel, and a value that is not true or false', () => {
    expect(problemsOf({ ...base, DISCORD_MEMBER_INTENT: 'true' })).toEqual([
      expect.stringMatching(/^DISCORD_MEMBER_INTENT=true welcomes people .* DISCORD_ONBOARDING_CHANNEL_ID/),
    ]);
    expect(problemsOf({ ...base, DISCORD_MEMBER_INTENT: 'sometimes' })).toEqual([
      expect.stringMatching(/^DISCORD_MEMBER_INTENT must be true or false .*Server Members Intent/),
    ]);
  });
});
