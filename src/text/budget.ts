import type { KnowledgeBase } from '../content/load.js';
import { foldText, splitWords } from './normalize.js';

/**
 * What one message may cost the core. A chat question is read in well under a millisecond; some
 * inputs no longer than a first post cost a hundred times more: characters that unfold into many
 * (U+FDFA is 18 letters once folded), or dozens of distinct made-up words, each of which is
 * looked up as a possible typo. Real messages stay inside these limits (the question sets: at
 * most 689 folded characters, 122 words, 99 distinct; 14 that the content never writes, 6 of them
 * long, in an off-topic post about a washing machine), so they are read as written; a longer
 * first post is read questions first. The distinct-word limit leaves room above the longest
 * real first post: a story of 120 words has about a hundred different ones.
 */
export const TEXT_BUDGET = {
  /** Characters of the folded (NFKD, lower-cased) text. */
  foldedChars: 900,
  /** Words in all. */
  words: 150,
  /** Distinct words. */
  distinctWords: 128,
  /** Distinct words of five letters or more that the content never writes: each is a typo search. */
  unknownWords: 16,
  /** Of those, words of nine letters or more: their typo search allows two edits, and costs most. */
  longUnknownWords: 6,
} as const;

const NON_WORD = /[^\p{L}\p{N}]+/u;
// Whitespace stays whitespace when folded, so words never join across it: each chunk is weighed alone.
const CHUNKS = /(\S+)|(\s+)/gu;

/**
 * Whether `text` folds to at most `room` characters, folding no more of it than that: folding works
 * character by character, so a beginning that already folds longer settles it (U+FDFA × 4000
 * would unfold to 72,000 letters).
 */
const foldsShort = (text: string, room: number) =>
  foldText(text.slice(0, room + 1)).length <= room && (text.length <= room + 1 || foldText(text).length <= room);
const wordsIn = (folded: string) => folded.split(NON_WORD).filter((w) => w.length > 0);
const mayBeTypo = (word: string) => word.length >= 5 && !/\d/.test(word);

/** Every word the content writes, folded, in the fields the index reads: what is not a typo. */
export function contentWordsOf(kb: KnowledgeBase): Set<string> {
  const words = new Set<string>();
  for (const entry of kb.entries) {
    for (const text of [entry.title, entry.summary, entry.body, ...entry.questions, ...entry.aliases, ...entry.tags]) {
      for (const word of splitWords(text)) words.add(word);
    }
  }
  return words;
}

/** Whether a set of distinct words stays within the unknown-word limits. */
function fewUnknown(unknown: Iterable<string>): boolean {
  let all = 0;
  let long = 0;
  for (const word of unknown) {
    all += 1;
    if (word.length >= 9) long += 1;
  }
  return all <= TEXT_BUDGET.unknownWords && long <= TEXT_BUDGET.longUnknownWords;
}

/**
 * The part of `text` the core reads: the text itself when it is within {@link TEXT_BUDGET} (one
 * fold and split: what every real message costs), else what fits of it, read sentence by
 * sentence with its questions first (see {@link readingOrder}), in the message's own order. `isKnown` says
 * whether a folded word is one of the content's own; it is asked only of messages with many long
 * words.
 *
 * @example
 * withinBudget('\uFDFA'.repeat(500), () => false); // '': one 9,000-letter word, passed over
 * withinBudget(`${'\uFDFA'.repeat(500)} what is a quorum?`, () => false); // 'what is a quorum?\n'
 * withinBudget('what is a crdt', () => false); // 'what is a crdt'
 */
export function withinBudget(text: string, isKnown: (word: string) => boolean): string {
  if (foldsShort(text, TEXT_BUDGET.foldedChars)) {
    const words = wordsIn(foldText(text));
    const distinct = new Set(words);
    if (words.length <= TEXT_BUDGET.words && distinct.size <= TEXT_BUDGET.distinctWords) {
      const candidates = [...distinct].filter(mayBeTypo);
      if (fewUnknown(candidates) || fewUnknown(candidates.filter((w) => !isKnown(w)))) return text;
    }
  }
  return trimmed(text, isKnown);
}

// A sentence and the space after it; a line break ends one too, as chat messages often have no full stops.
const SENTENCES = /[^.!?\n]+(?:[.!?\n]+|$)\s*|[.!?\n]+\s*/gu;

/**
 * The order in which an over-long message's sentences are read: its questions first, the last
 * one before the others (a long first post ends with what it asks), then its last sentence, its
 * first, and the rest from the end. Reading stops at the budget, so what is left out is context.
 */
function readingOrder(sentences: string[]): number[] {
  const last = sentences.length - 1;
  const asks = sentences.map((_, i) => last - i).filter((i) => sentences[i]!.includes('?'));
  const rest = [last, 0, ...sentences.map((_, i) => last - i)];
  return [...new Set([...asks, ...rest])];
}

interface Tally {
  folded: number;
  words: number;
  distinct: Set<string>;
  unknown: Set<string>;
}

/** Whether one word chunk still fits the budget; counts it when it does. */
function admit(folding: string, tally: Tally, isKnown: (word: string) => boolean): boolean {
  // One character is kept back for the line break that ends a sentence cut short.
  if (tally.folded + folding.length + 1 > TEXT_BUDGET.foldedChars) return false;
  const parts = wordsIn(folding);
  if (tally.words + parts.length > TEXT_BUDGET.words) return false;
  const fresh = [...new Set(parts)].filter((w) => !tally.distinct.has(w));
  const freshUnknown = fresh.filter((w) => mayBeTypo(w) && !isKnown(w));
  if (tally.distinct.size + fresh.length > TEXT_BUDGET.distinctWords || !fewUnknown([...tally.unknown, ...freshUnknown])) return false;
  for (const w of fresh) tally.distinct.add(w);
  for (const w of freshUnknown) tally.unknown.add(w);
  tally.words += parts.length;
  tally.folded += folding.length;
  return true;
}

/**
 * What fits of one sentence. A word that does not fit is passed over, not the end: a pasted blob
 * may sit before the question, and the known words after a made-up one still count.
 */
function keptOf(sentence: string, tally: Tally, isKnown: (word: string) => boolean): string {
  let kept = '';
  let whole = true;
  for (const [chunk, word] of sentence.matchAll(CHUNKS)) {
    if (word === undefined) {
      // Space is kept only after a word kept: a sentence passed over leaves none behind.
      const folding = foldText(chunk);
      if (kept !== '' && !/\s$/u.test(kept) && tally.folded + folding.length + 1 <= TEXT_BUDGET.foldedChars) {
        kept += chunk;
        tally.folded += folding.length;
      }
    } else if (foldsShort(chunk, TEXT_BUDGET.foldedChars - tally.folded - 1) && admit(foldText(chunk), tally, isKnown)) kept += chunk;
    else whole = false;
  }
  if (whole || kept === '') return kept;
  // A sentence cut short ends with a line break, so it neither runs into the next one kept nor reads as one with it.
  const cut = kept.trimEnd();
  tally.folded += 1 - foldText(kept.slice(cut.length)).length;
  return `${cut}\n`;
}

/** The slow path, for inputs over the budget only: sentence by sentence, questions first, keeping what fits. */
function trimmed(text: string, isKnown: (word: string) => boolean): string {
  const sentences = text.match(SENTENCES) ?? [text];
  const kept = sentences.map(() => '');
  const tally: Tally = { folded: 0, words: 0, distinct: new Set(), unknown: new Set() };
  for (const i of readingOrder(sentences)) kept[i] = keptOf(sentences[i]!, tally, isKnown);
  return kept.join('');
}
