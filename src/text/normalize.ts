import { stemmer } from 'stemmer';
import { memoize } from './memo.js';
import { STOP_WORDS } from './stop-words.js';

const COMBINING_MARKS = /\p{M}+/gu;
// Zero-width and bidirectional controls: invisible, but they split words in two if kept.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;
/** Texts whose folding is remembered, and how long: a message folds a few texts many times each. */
const FOLDS_KEPT = 128;
const FOLD_KEPT_CHARS = 1000;

/** Lower-cases, folds accents ("Paxós" → "paxos") and removes invisible characters. */
export const foldText: (text: string) => string = memoize(FOLDS_KEPT, FOLD_KEPT_CHARS, (text) =>
  text.normalize('NFKD').replace(COMBINING_MARKS, '').replace(INVISIBLE, '').toLowerCase(),
);

/** Splits folded text into word tokens; punctuation, including hyphens, separates words. */
export function splitWords(text: string): string[] {
  return foldText(text)
    .split(NON_WORD)
    .filter((word) => word.length > 0);
}

/**
 * Reduces a word to the form both the index and queries use: stop words vanish (null),
 * British "-isation" meets American "-ization", and the Porter stemmer joins inflections
 * ("partitioning" and "partitions" both become "partit").
 */
export function processWord(word: string): string | null {
  // No real term is this long. Answered before the cache, so hostile input cannot fill it with long keys.
  if (word.length > MAX_TERM_CHARS) return null;
  const cached = processed.get(word);
  if (cached !== undefined) return cached;
  const result = processUncached(word);
  // Bounded so hostile input cannot grow it without limit; content words fill it once.
  if (processed.size < 100_000) processed.set(word, result);
  return result;
}

const MAX_TERM_CHARS = 40;
// Indexing stems the same few thousand words tens of thousands of times.
const processed = new Map<string, string | null>();

// Short for "engineer": one term with it, or "principal eng" would match whatever entry writes "eng" (a "staff eng" line).
const SHORT_FOR: ReadonlyMap<string, string> = new Map([
  ['eng', 'engineer'],
  ['engs', 'engineers'],
  ['engr', 'engineer'],
  ['engrs', 'engineers'],
  // "on-call chops": skills, as people say it.
  ['chops', 'skills'],
  // "avg latency": the average, as dashboards abbreviate it.
  ['avg', 'average'],
  // "dup rows", "stop the dupes": duplicates, as chat shortens them.
  ['dup', 'duplicate'],
  ['dups', 'duplicates'],
  ['dupe', 'duplicate'],
  ['dupes', 'duplicates'],
  ['duped', 'duplicated'],
]);

const SECONDS = /^(?:[2-9]|[1-9]\d)s$/;

// Words the stemmer folds into an everyday verb: "container" is not "contain" ("what should a good postmortem contain"
// asked about Kubernetes). Nor into another word: "internal" is not "intern" ("CQRS for an internal admin tool" asked
// nothing about internships).
const OWN_STEM: ReadonlyMap<string, string> = new Map([
  ['container', 'container'],
  ['containers', 'container'],
  ['internal', 'internal'],
  ['internally', 'internal'],
  ['internals', 'internal'],
  // The stemmer cuts "lies" to "li", while "lie" stays whole: "if 2 of them can lie" never met the entry where replies
  // "may be lies". Not "lying", which chat says of vendors and docs ("are they lying or are we holding it wrong").
  ['lie', 'lie'],
  ['lies', 'lie'],
  ['lied', 'lie'],
]);

function processUncached(written: string): string | null {
  const word = SHORT_FOR.get(written) ?? written;
  if (STOP_WORDS.has(word)) return null;
  const americanised = word
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/is(ing|ed|es|e)$/, (m, end: string) => (word.length > 6 ? `iz${end}` : m));
  if (/^\d+$/.test(americanised)) return americanised;
  // Seconds ("30s everywhere") are a time, as the content writes times, not the number alone: "30" names "30/60/90
  // days". A status code keeps its number ("429s", "500s"); "1:1s" are meetings.
  if (SECONDS.test(americanised)) return 'second';
  const stem = OWN_STEM.get(americanised) ?? stemmer(americanised);
  // "needed" → "need": inflected filler is still filler.
  return STOP_WORDS.has(stem) ? null : stem;
}
