import words from './english-words.json' with { type: 'json' };

const RANKS = new Map<string, number>((words as string[]).map((word, i) => [word, i + 1]));
const EVERYDAY_RANK = 1_000;
const RARE_RANK = 30_000;
/** The weight of the most common words: some evidence, never none. */
export const MIN_SPECIFICITY = 0.2;

/**
 * How specific a word is in everyday English, 0.2–1: "life" (rank ~160) is 0.2, "quorum"
 * (rank ~24,000) about 0.95, a word no list knows ("backpressure", "sourdough") 1. A chat
 * question's everyday words say little about whether it is on topic; its rare words say a lot.
 */
export function specificity(word: string): number {
  const rank = RANKS.get(word);
  if (rank === undefined || rank >= RARE_RANK) return 1;
  if (rank <= EVERYDAY_RANK) return MIN_SPECIFICITY;
  const scaled = Math.log(rank / EVERYDAY_RANK) / Math.log(RARE_RANK / EVERYDAY_RANK);
  return MIN_SPECIFICITY + (1 - MIN_SPECIFICITY) * scaled;
}
