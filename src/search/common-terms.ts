/**
 * A word held by more entries than this (and by more than `COMMON_SHARE` of them) is "common":
 * it still adds to the score of the entries the question's other words find, but no longer
 * makes a candidate of every entry that holds it. MiniSearch scores every entry holding any
 * word of a question, so a large FAQ's product name ("google" in 3 of 10 entries) costs more
 * than all the other words together while telling the least. Measured on StackFAQ copied to
 * 10,066 entries (`bench/scale.ts`): at 1,000 the right thread comes first for 2 queries in
 * 1,249 fewer than when every entry is scored (P@1 0.776 against 0.777), at 750 for 37 fewer,
 * at 500 for 53 fewer; entries scored per search 1,409 against 3,416. Content no larger than
 * this is searched exactly as before: our own content and StackFAQ's 719 entries rank unchanged.
 */
export const COMMON_MIN_ENTRIES = 1000;
export const COMMON_SHARE = 0.1;

/** How many entries a word must be held by to count as common in content of `entries` entries. */
export const commonAbove = (entries: number) => Math.max(COMMON_MIN_ENTRIES, COMMON_SHARE * entries);

/** A question's processed terms (in order) split into the telling and the common ones. */
export interface TellingFirst {
  telling: string[];
  common: string[];
}

/**
 * The terms of a question whose common terms weigh only the entries its telling terms find: the
 * telling terms find and score entries as usual; the common terms, searched after them, add to
 * the scores of the entries those found and find none of their own (`TermScorer.search`'s groups
 * from `finding` on; in MiniSearch, a `boostDocument` of 0 for the rest, which it skips before any
 * scoring). Null when nothing is common or everything is (then every entry holding a word is
 * weighed, as before).
 */
export function tellingFirst(terms: readonly string[], isCommon: (term: string) => boolean): TellingFirst | null {
  const telling = terms.filter((term) => !isCommon(term));
  const common = terms.filter(isCommon);
  if (telling.length === 0 || common.length === 0) return null;
  return { telling, common };
}
