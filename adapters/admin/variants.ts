import type { MissedQuestion } from '../store/learning-store.js';

/** Words that change nothing about what is asked: "what is a crdt" and "crdt?" ask the same. */
const FILLER = new Set(
  'a an the is are was be what whats what s how do does did i im me my we our you your to of for in on at and or can could would should please pls plz hi hey hello so just about any there'.split(
    ' ',
  ),
);

/** The words that make a question what it is, in a fixed order: variants of one question share it. */
export function variantKey(normalized: string): string {
  const words = [...new Set(normalized.split(' ').filter((w) => w !== '' && !FILLER.has(w)))].sort();
  return words.length === 0 ? normalized : words.join(' ');
}

/** Missed questions that ask the same thing, as one row of the console: their counts summed. */
export interface MissedGroup extends Omit<MissedQuestion, 'normalized'> {
  /** The most asked way it was asked: the one offered as the alternate question. */
  question: string;
  /** Every way it was asked (each stored text), most asked first. */
  variants: string[];
}

const add = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [key, count] of Object.entries(from)) into[key] = (into[key] ?? 0) + count;
};

/** Folds variants into one row each, most asked first (ties: most recent first). */
export function groupVariants(rows: readonly MissedQuestion[]): MissedGroup[] {
  const groups = new Map<string, MissedGroup>();
  const sorted = [...rows].sort((a, b) => b.count - a.count || b.lastAskedAt - a.lastAskedAt);
  for (const row of sorted) {
    const key = variantKey(row.normalized);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        question: row.question,
        variants: [row.question],
        count: row.count,
        declined: row.declined,
        firstAskedAt: row.firstAskedAt,
        lastAskedAt: row.lastAskedAt,
        platforms: { ...row.platforms },
        clickedAfter: { ...row.clickedAfter },
      });
      continue;
    }
    group.variants.push(row.question);
    group.count += row.count;
    group.declined += row.declined;
    group.firstAskedAt = Math.min(group.firstAskedAt, row.firstAskedAt);
    group.lastAskedAt = Math.max(group.lastAskedAt, row.lastAskedAt);
    add(group.platforms, row.platforms);
    add(group.clickedAfter, row.clickedAfter);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || b.lastAskedAt - a.lastAskedAt);
}
