import { describe, expect, it } from 'vitest';
import { readConfig } from '../../adapters/boot/config.js';
import { BotError } from '../../src/index.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof BotError) return [...error.problems];
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('the configuration of npm start', () => {
  it('reports an invalid PORT once, although Slack in HTTP mode reads it too', () => {
    const problems = problemsOf({
      PORT: 'abc',
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_SIGNING_SECRET: 'secret',
      STORE_SALT: 'a-salt-of-16-chars-or-more',
    });
    expect(problems).toEqual(['PORT must be a port number from 0 to 65535 (default 3000)']);
  });

  it('still lists every other wrong variable, each once', () => {
    const problems = problemsOf({
      PORT: '-1',
      LOG_LEVEL: 'loud',
      DISCORD_TOKEN: 'a',
      DISCORD_APPLICATION_ID: 'abc',
      DISCORD_RATE_LIMIT: 'many',
    });
    const variables = problems.map((p) => p.split(' ')[0]);
    expect(variables).toEqual(['LOG_LEVEL', 'PORT', 'DISCORD_APPLICATION_ID', 'DISCORD_RATE_LIMIT', 'STORE_SALT']);
  });
});
