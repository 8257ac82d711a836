import list from './english-words.json' with { type: 'json' };

// Alphabetical words in one string, a space after each; per word, where it starts (four base-32 digits) and its
// frequency rank (three). See scripts/english-words.mjs: nothing is built at load.
const { words: WORDS, starts: STARTS, ranks: RANKS } = list as { words: string; starts: string; ranks: string };
const COUNT = RANKS.length / 3;
/** The number written in `digits` base-32 digits ('#' is 0) from `at` in `text`. */
function numberAt(text: string, at: number, digits: number): number {
  let value = 0;
  for (let i = 0; i < digits; i++) value = value * 32 + (text.charCodeAt(at + i) - 35);
  return value;
}
const EVERYDAY_RANK = 1_000;
const RARE_RANK = 30_000;
/** The weight of the most common words: some evidence, never none. */
export const MIN_SPECIFICITY = 0.2;

const startOf = (i: number) => numberAt(STARTS, 4 * i, 4);
const wordAt = (i: number) => WORDS.slice(startOf(i), i + 1 < COUNT ? startOf(i + 1) - 1 : WORDS.length);

/** The frequency rank of a word (1 = most frequent), or undefined for one beyond the list. */
function rankOf(word: string): number | undefined {
  let low = 0;
  let high = COUNT - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = wordAt(mid);
    if (at === word) return numberAt(RANKS, 3 * mid, 3);
    if (at < word) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/** Whether a word is an English word as written ("stuff"), which is no typo of a word the content uses ("staff"). */
export const isEnglishWord = (word: string) => rankOf(word) !== undefined;

/** The prefixes a compound may start with that are no English words alone ("multi" in "multiplayer"). */
const PREFIXES: ReadonlySet<string> = new Set(['multi', 'micro', 'mega', 'hyper', 'inter', 'intra', 'semi', 'mini', 'auto', 'cyber']);
/**
 * Whether a word is two English words written as one ("leaderboard"), or a common prefix and an English word. Each part
 * has four letters at least: a typo splits into short words too often ("replicaton" is "replica" and "ton").
 */
export function isEnglishCompound(word: string): boolean {
  for (let at = 4; at <= word.length - 4; at++) {
    const head = word.slice(0, at);
    if ((PREFIXES.has(head) || isEnglishWord(head)) && isEnglishWord(word.slice(at))) return true;
  }
  return false;
}

/** A number with its unit, as chat writes it: "400ms", "30s", "10k", "2gb", "3am", "5yrs", "100qps". */
const MEASUREMENT = /^\d+(?:ms|secs?|mins?|h|hrs?|k|gb|mb|tb|kb|x|yrs?|yoe|rps|qps|tps)$/;

/**
 * How specific a word is in everyday English, 0.2–1: "life" (rank ~160) is 0.2, "quorum"
 * (rank ~24,000) about 0.95, a word no list knows ("backpressure", "sourdough") 1. A chat
 * question's everyday words say little about whether it is on topic; its rare words say a lot.
 */
export function specificity(word: string): number {
  // A bare number ("3", "90") says how many, not what about: "3-5-2 or 4-3-3?" is no question of ours.
  if (/^\d+$/.test(word)) return MIN_SPECIFICITY;
  // Nor does a measurement ("400ms", "5s", "10k", "2gb", "3am"): how long, how many or when, not what about.
  if (MEASUREMENT.test(word)) return MIN_SPECIFICITY;
  const rank = rankOf(word);
  if (rank === undefined || rank >= RARE_RANK) return 1;
  if (rank <= EVERYDAY_RANK) return MIN_SPECIFICITY;
  const scaled = Math.log(rank / EVERYDAY_RANK) / Math.log(RARE_RANK / EVERYDAY_RANK);
  return MIN_SPECIFICITY + (1 - MIN_SPECIFICITY) * scaled;
}
