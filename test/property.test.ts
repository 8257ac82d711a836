import fc from 'fast-check';
import { allMessages } from '../adapters/cli/question-sets.js';
import { describe, expect, it } from 'vitest';
import { createBot, loadContent, MAX_QUESTION_CHARS } from '../src/index.js';
import { contentWordsOf, TEXT_BUDGET, withinBudget } from '../src/text/budget.js';
import { foldText } from '../src/text/normalize.js';
import { fixtureBot, REAL_CONTENT } from './helpers.js';
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
  expect(answer.question).toBe(question.slice(0, MAX_QUESTION_CHARS));
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

/**
 * Issue 16, finding 2: some inputs cost the core a hundred times an ordinary question (U+FDFA
 * unfolds to 18 letters; dozens of made-up words are each a typo search). The text the core reads
 * is bounded, so that no input costs more than a few times the slowest real message (timed in
 * `npm run bench:hardening`); these are the bounds themselves, and what they must not take away.
 */
describe('the cost of any input is bounded', () => {
  const real = createBot({ knowledgeBase: loadContent(REAL_CONTENT) });
  const isKnown = () => false;
  const everySet = allMessages();
  /** Pieces that make the core work hardest: unfolding characters, made-up long words, many parts, comparisons. */
  const costly = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '\uFDFA',
          '\u3300',
          '\uFB01',
          'a\u0301\u0302',
          '🔥',
          '🇧🇷',
          ' vs ',
          ' and ',
          '? ',
          '. ',
          'what is ',
          'difference between ',
        ),
        fc.constantFrom('raft', 'paxos', 'crdt', 'gossip', 'quorum', 'staff', 'senior', 'sre', 'dse', 'leader election', 'tl;dr'),
        fc.stringMatching(/^[a-z]{5,14}$/).map((word) => `${word} `),
        fc.string({ maxLength: 20 }),
      ),
      { minLength: 20, maxLength: 200 },
    )
    .map((pieces) => pieces.join('').slice(0, MAX_QUESTION_CHARS));

  it('reads at most the budget of any input: folded characters, words, distinct and unknown words', () => {
    fc.assert(
      fc.property(costly, (question) => {
        const read = withinBudget(question, isKnown);
        const words = foldText(read)
          .split(/[^\p{L}\p{N}]+/u)
          .filter((w) => w.length > 0);
        const unknown = new Set(words.filter((w) => w.length >= 5 && !/\d/.test(w)));
        expect(foldText(read).length).toBeLessThanOrEqual(TEXT_BUDGET.foldedChars);
        expect(words.length).toBeLessThanOrEqual(TEXT_BUDGET.words);
        expect(new Set(words).size).toBeLessThanOrEqual(TEXT_BUDGET.distinctWords);
        expect(unknown.size).toBeLessThanOrEqual(TEXT_BUDGET.unknownWords);
        expect([...unknown].filter((w) => w.length >= 9).length).toBeLessThanOrEqual(TEXT_BUDGET.longUnknownWords);
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('leaves every real message of the question sets as it is', () => {
    const words = contentWordsOf(real.knowledgeBase);
    const known = (word: string) => words.has(word);
    expect(everySet.length).toBeGreaterThan(500);
    for (const message of everySet) expect(withinBudget(message, known)).toBe(message);
  });

  it('keeps the question at the end of any over-long message whole, whatever comes before it', () => {
    fc.assert(
      fc.property(costly, (noise) => {
        const read = withinBudget(`${noise}.\nso what is a quorum?`, isKnown);
        expect(read).toContain('what is a quorum?');
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
