import { describe, expect, it } from 'vitest';
import { readConfig } from '../../adapters/boot/config.js';
import { loadDiscordConfig } from '../../adapters/discord/config.js';
import { loadSlackConfig } from '../../adapters/slack/config.js';
import { loadStoreConfig } from '../../adapters/store/config.js';
import { BotError } from '../../src/index.js';

const SALT = 'a-salt-of-sixteen-chars';
const DISCORD = {
  DISCORD_TOKEN: 'token',
  DISCORD_APPLICATION_ID: '123456789012345678',
  DISCORD_ONBOARDING_CHANNEL_ID: '223456789012345678',
};
const SLACK = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };

function problemsOf(read: () => unknown): readonly string[] {
  try {
    read();
    return [];
  } catch (error) {
    if (error instanceof BotError) return error.problems;
    throw error;
  }
}

describe('every config module reads the environment one way', () => {
  it.each([
    ['yes', true],
    ['YES', true],
    ['1', true],
    [' true ', true],
    ['no', false],
    ['0', false],
    ['False', false],
  ])('reads %j as %s in every part', (value, expected) => {
    expect(readConfig({ HTTP_API: value, STORE_SALT: SALT }).core.httpApi).toBe(expected);
    expect(loadDiscordConfig({ ...DISCORD, DISCORD_MEMBER_INTENT: value }).memberIntent ?? false).toBe(expected);
    expect(loadStoreConfig({ STORE_SALT: SALT, STORE_QUESTION_TEXT: value }).keepQuestionText).toBe(expected);
    expect(loadStoreConfig({ STORE_SALT: SALT, STORE_NEW_SALT: value }).newSalt).toBe(expected);
  });

  it('takes a blank value as unset, defaults included, in every part', () => {
    const config = readConfig({
      ...SLACK,
      ...DISCORD,
      PORT: ' ',
      DISCORD_RATE_LIMIT: '',
      SLACK_RATE_LIMIT: '  ',
      STORE_SALT: SALT,
      STORE_RETENTION_DAYS: '',
    });
    expect(config.core.port).toBe(3000);
    expect(config.slack?.port).toBe(3000);
    expect(config.discord?.rateLimit.limit).toBe(10);
    expect(config.slack?.rateLimit.limit).toBe(10);
    expect(config.store?.retentionDays).toBe(90);
    expect(config.store?.keepQuestionText).toBe(true);
  });

  it('lists every bad yes/no and whole number of every part at once, each naming its variable', () => {
    const problems = problemsOf(() =>
      readConfig({
        ...SLACK,
        ...DISCORD,
        HTTP_API: 'maybe',
        HTTP_MAX_CONNECTIONS: '2.5',
        SLACK_RATE_LIMIT: 'ten',
        DISCORD_MEMBER_INTENT: 'perhaps',
        DISCORD_RATE_LIMIT: '0',
        STORE_SALT: SALT,
        STORE_QUESTION_TEXT: 'sometimes',
        STORE_RETENTION_DAYS: '-1',
      }),
    );
    const named = problems.map((problem) => /^[A-Z_]+/.exec(problem)?.[0]);
    expect(named.sort()).toEqual(
      [
        'DISCORD_MEMBER_INTENT',
        'DISCORD_RATE_LIMIT',
        'HTTP_API',
        'HTTP_MAX_CONNECTIONS',
        'SLACK_RATE_LIMIT',
        'STORE_QUESTION_TEXT',
        'STORE_RETENTION_DAYS',
      ].sort(),
    );
  });

  it('keeps the Slack and store messages that say what a value must be', () => {
    expect(problemsOf(() => loadSlackConfig({ ...SLACK, SLACK_RATE_LIMIT: '0' }))).toEqual(['SLACK_RATE_LIMIT must be at least 1']);
    expect(problemsOf(() => loadStoreConfig({ STORE_SALT: SALT, STORE_RETENTION_DAYS: '3651' }))).toEqual([
      'STORE_RETENTION_DAYS must be at most 3650 (ten years)',
    ]);
  });
});
