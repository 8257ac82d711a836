import { describe, expect, it } from 'vitest';
import { BotError } from '../../src/errors.js';
import { loadStoreConfig } from '../../adapters/store/config.js';

const SALT = 'a-long-enough-secret';

function problems(env: Record<string, string>): string[] {
  try {
    loadStoreConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(BotError);
    expect((error as BotError).code).toBe('CONFIG_INVALID');
    return [...(error as BotError).problems];
  }
  throw new Error('expected the configuration to be rejected');
}

describe('loadStoreConfig', () => {
  it('defaults to SQLite in ./data/bot.sqlite, keeping question text for 90 days', () => {
    expect(loadStoreConfig({ STORE_SALT: SALT })).toEqual({
      backend: 'sqlite',
      path: './data/bot.sqlite',
      salt: SALT,
      keepQuestionText: true,
      retentionDays: 90,
      spoolDir: 'data/spool',
      newSalt: false,
    });
  });

  it('chooses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadStoreConfig({ STORE_SALT: SALT, DATABASE_URL: 'postgresql://bot:pw@db:5432/bot', STORE_PATH: 'x.sqlite' });
    expect(config).toMatchObject({ backend: 'postgres', databaseUrl: 'postgresql://bot:pw@db:5432/bot' });
  });

  it('reads the text switch, the retention and the path', () => {
    const config = loadStoreConfig({
      STORE_SALT: SALT,
      STORE_QUESTION_TEXT: 'FALSE',
      STORE_RETENTION_DAYS: '30',
      STORE_PATH: '/var/bot/db.sqlite',
    });
    expect(config).toMatchObject({ backend: 'sqlite', path: '/var/bot/db.sqlite', keepQuestionText: false, retentionDays: 30 });
  });

  it('treats empty strings as unset', () => {
    const config = loadStoreConfig({
      STORE_SALT: SALT,
      DATABASE_URL: '',
      STORE_PATH: ' ',
      STORE_QUESTION_TEXT: '',
      STORE_RETENTION_DAYS: '',
    });
    expect(config).toMatchObject({ backend: 'sqlite', path: './data/bot.sqlite', keepQuestionText: true, retentionDays: 90 });
  });

  it('requires a salt and says how to make one', () => {
    const [problem] = problems({});
    expect(problem).toMatch(/^STORE_SALT is required/);
    expect(problem).toContain('openssl rand -hex 32');
  });

  it('runs without a salt for read-only commands, with a random one', () => {
    const a = loadStoreConfig({}, { requireSalt: false });
    const b = loadStoreConfig({}, { requireSalt: false });
    expect(a.salt).toHaveLength(64);
    expect(a.salt).not.toBe(b.salt);
  });

  it('lists every problem at once, each naming its variable and the fix', () => {
    const found = problems({
      STORE_SALT: 'short',
      DATABASE_URL: 'mysql://db/bot',
      STORE_QUESTION_TEXT: 'maybe',
      STORE_RETENTION_DAYS: 'forever',
    });
    expect(found).toHaveLength(4);
    expect(found).toContainEqual(expect.stringMatching(/^STORE_SALT must be at least 16 characters\. Generate one/));
    expect(found).toContain(
      'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/dbname; unset it to use SQLite',
    );
    expect(found).toContain('STORE_QUESTION_TEXT must be true (keep question text) or false (keep none)');
    expect(found).toContain('STORE_RETENTION_DAYS must be a whole number of days, such as 90');
  });

  it('rejects a retention outside 1 to 3650 days', () => {
    expect(problems({ STORE_SALT: SALT, STORE_RETENTION_DAYS: '0' })).toEqual(['STORE_RETENTION_DAYS must be at least 1']);
    expect(problems({ STORE_SALT: SALT, STORE_RETENTION_DAYS: '3651' })).toEqual(['STORE_RETENTION_DAYS must be at most 3650 (ten years)']);
  });
});
