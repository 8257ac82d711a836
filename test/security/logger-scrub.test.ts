import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/runtime/logger.js';

/** The logger writing JSON lines into a string, with `secrets` to keep out of them. */
function capture(secrets: string[]) {
  let out = '';
  const destination = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk);
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', format: 'json', secrets, destination }), output: () => out };
}

describe('the process logger', () => {
  it('removes a secret quoted in free text, in a JSON-escaped form and URL-encoded', () => {
    const password = 'pa"ss@w0rd/with\\odd:chars';
    const { logger, output } = capture(['xoxb-1-free-text-token', password]);
    logger.error({ err: new Error('auth failed for xoxb-1-free-text-token') }, 'call failed');
    logger.warn({ detail: `password was ${password}` }, 'db');
    logger.warn({ url: `postgres://bot:${encodeURIComponent(password)}@db:5432/bot` }, 'db url');
    const text = output();
    expect(text).not.toContain('xoxb-1-free-text-token');
    expect(text).not.toContain(JSON.stringify(password).slice(1, -1));
    expect(text).not.toContain(encodeURIComponent(password));
    expect(
      text
        .split('\n')
        .filter(Boolean)
        .every((line) => line.includes('[redacted]')),
    ).toBe(true);
  });

  it('removes secrets held in known fields, whatever their value', () => {
    const { logger, output } = capture([]);
    logger.info(
      { config: { botToken: 'short1', signingSecret: 's', password: 'p', salt: 'x' }, headers: { authorization: 'Bot abc' } },
      'config',
    );
    expect(output()).not.toMatch(/short1|"s"|"p"|"x"|Bot abc/);
  });

  it('removes the token of a Discord interaction or webhook URL and the secret path of a Slack response_url, keeping the ids', () => {
    const { logger, output } = capture([]);
    logger.error(
      {
        err: {
          url: 'https://discord.com/api/v10/interactions/1234567890123/aW50ZXJhY3Rpb246MTIz.abc-DEF_ghi/callback?with_response=false',
          edit: 'https://discord.com/api/v10/webhooks/987654321098/aW50ZXJhY3Rpb246MTIz.abc-DEF_ghi/messages/@original',
          respond: 'https://hooks.slack.com/actions/T012/5678/Xy12SeCrEt34',
        },
      },
      'interaction failed',
    );
    const text = output();
    expect(text).not.toContain('aW50ZXJhY3Rpb246MTIz');
    expect(text).not.toContain('Xy12SeCrEt34');
    expect(text).toContain('/interactions/1234567890123/[redacted]/callback');
    expect(text).toContain('/webhooks/987654321098/[redacted]/messages');
    expect(text).toContain('hooks.slack.com/actions/[redacted]');
  });
});

describe('credentials inside any URL', () => {
  it('removes the password of a user:password@ URL and tokens in query parameters, wherever they appear', () => {
    const { logger, output } = capture([]);
    logger.warn({ apiUrl: 'https://proxy-user:s3cr3t-pass@slack-proxy.example.com/api/' }, 'slack api');
    logger.error(
      { err: new Error('connect ECONNREFUSED amqp://guest:guest-pass@mq:5672/ and https://x.example/cb?token=abc123&id=7') },
      'e',
    );
    const text = output();
    expect(text).not.toMatch(/s3cr3t-pass|guest-pass|abc123/);
    expect(text).toContain('https://proxy-user:[redacted]@slack-proxy.example.com/api/');
    expect(text).toContain('?token=[redacted]&id=7');
  });
});
