import { describe, expect, it } from 'vitest';
import { loadAdminConfig } from '../../adapters/admin/config.js';
import { readConfig } from '../../adapters/boot/config.js';

describe('admin console configuration', () => {
  it('is off without ADMIN_TOKEN, and replicas read accepted questions every 2 s', () => {
    expect(loadAdminConfig({})).toEqual({ token: undefined, learnPollMs: 2000 });
    expect(loadAdminConfig({ ADMIN_TOKEN: '  ', LEARN_POLL_SECONDS: '0.5' })).toEqual({ token: undefined, learnPollMs: 500 });
  });

  it('refuses a short or spaced token, naming the variable and how to make a good one', () => {
    for (const token of ['short', 'has a space in it somewhere']) {
      expect(() => readConfig({ ADMIN_TOKEN: token })).toThrow(
        /ADMIN_TOKEN must be at least 16 characters with no spaces \(make one with: openssl rand -hex 32\)/,
      );
    }
    expect(readConfig({ ADMIN_TOKEN: '0123456789abcdef0123' }).admin.token).toBe('0123456789abcdef0123');
  });

  it('refuses a poll interval that is not a number of seconds', () => {
    expect(() => readConfig({ LEARN_POLL_SECONDS: 'soon' })).toThrow(/LEARN_POLL_SECONDS must be a number of seconds/);
    expect(() => readConfig({ LEARN_POLL_SECONDS: '-1' })).toThrow(/LEARN_POLL_SECONDS/);
  });
});
