import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureBot } from './helpers.js';
import { propertyRuns } from './property-runs.js';

const bot = fixtureBot();
const KINDS = ['answer', 'suggestions', 'decline', 'help', 'greeting', 'thanks', 'browse'];

/** Strings people and bots really send: mentions, Markdown, control and invisible characters. */
const hostile = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.constantFrom(
    '@everyone',
    '@here',
    '<!channel>',
    '<!here>',
    '<@U123>',
    '<#C1|general>',
    '**bold** _x_ `code` ```',
    '\u200B\u202E\u0000\u001b[2J',
    '🔥'.repeat(300),
  ),
  fc.tuple(fc.constantFrom('crdt ', 'sre vs ', 'what is '), fc.string({ maxLength: 50 })).map(([a, b]) => a + b),
);

function expectWellFormed(answer: ReturnType<typeof bot.ask>, question: string) {
  expect(KINDS).toContain(answer.kind);
  expect(answer.question).toBe(question.slice(0, 500));
  expect(answer.confidence).toBeGreaterThanOrEqual(0);
  expect(answer.confidence).toBeLessThanOrEqual(1);
  expect(typeof answer.summary).toBe('string');
  expect(answer.summary.length).toBeGreaterThan(0);
  if (answer.kind === 'answer') expect(answer.title).toBeTruthy();
  else expect(answer.entryId).toBeNull();
}

describe('any input gives a well-formed answer', () => {
  it('never throws and always returns a valid Answer', () => {
    fc.assert(
      fc.property(hostile, (question) => {
        expectWellFormed(bot.ask(question, { platform: 'cli' }), question);
      }),
      { numRuns: propertyRuns(2_000) },
    );
  });

  it.each([
    ['empty', ''],
    ['10,000 characters', 'consensus '.repeat(1_000)],
    ['only emoji', '🙂🙃🫠'],
    ['control characters', '\u0000\u0001\u0002\u007f'],
    ['a channel ping', '<!channel> @everyone what is a crdt'],
  ])('handles %s', (_name, question) => {
    expectWellFormed(bot.ask(question, { platform: 'cli' }), question);
  });

  it('never answers with user text as the title, so a mention cannot be smuggled into one', () => {
    const answer = bot.ask('<!channel> vs @everyone', { platform: 'cli' });
    expect(answer.title ?? '').not.toMatch(/<!channel>|@everyone/);
  });
});
