import fc from 'fast-check';
import { propertyRuns } from '../property-runs.js';

/** How many generated strings each renderer sees (with the core in front of it) per `npm test` (FAST_CHECK_RUNS overrides). */
export const RUNS = propertyRuns(10_000);

/** Pieces people and other bots paste into chat: pings, formatting, invisible and bidi characters. */
const PIECES = [
  // Slack's encodings of pings and links, and the same typed as text (which Slack sends entity-encoded).
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S0123|@oncall>',
  '<@U0123ABC>',
  '<@U0123ABC|bob>',
  '<#C0123|general>',
  '<https://evil.example|click me>',
  '<mailto:a@evil.example|mail>',
  '&lt;!channel&gt;',
  '&lt;@U0123ABC&gt;',
  '&amp;',
  '&lt;',
  '&gt;',
  // Discord's.
  '@everyone',
  '@here',
  '@channel',
  '＠everyone',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '<a:wave:123456789012345678>',
  '<t:0:R>',
  '</ask:123456789012345678>',
  '||spoiler||',
  // Markdown and mrkdwn control.
  '**',
  '__',
  '~~',
  '`',
  '```',
  '> ',
  '>>> ',
  '# ',
  '- ',
  '1. ',
  '*',
  '_',
  '~',
  '|',
  '\\',
  '[x](https://evil.example)',
  '![i](https://evil.example/i.png)',
  // Invisible, joining and right-to-left characters, control characters.
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\r\n',
  '\t',
  '\u0085',
  '\u2028',
  // Emoji, combining marks, lone surrogates.
  '🙂',
  '👩‍👩‍👧',
  'é',
  'e\u0301',
  '\uD800',
  '\uDFFF',
  // Words that do find answers, so hostile text also reaches the answer renderers.
  'crdt',
  'sre vs dse',
  'what is',
  'raft',
  'staff',
  'quorum',
  ' ',
  '\n',
];

const pasted = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

/** A generated fragment repeated to a 40,000-character message, Slack's own limit for one. */
const huge = fc.oneof(pasted, fc.string({ minLength: 1, maxLength: 50 })).map((fragment) => {
  const piece = fragment || '<!channel> ';
  return piece.repeat(Math.ceil(40_000 / piece.length)).slice(0, 40_000);
});

/** Hundreds of lone surrogates: each becomes six characters once JSON-encoded into a button value. */
const surrogates = fc
  .array(fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '"', '\\'), { minLength: 200, maxLength: 480, size: 'max' })
  // Mixed high and low halves often pair up into valid characters; all high ones never do.
  .chain((mixed) =>
    fc.constantFrom(
      mixed,
      mixed.map(() => '\uD800'),
    ),
  )
  .map((parts) => `${parts.join('')} what is a crdt`);

/** Hostile text of every kind above, plus arbitrary strings of arbitrary code points. */
export const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 5, arbitrary: pasted },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: surrogates },
);
