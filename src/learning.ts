import type { Entry } from './content/schema.js';

/**
 * A question an editor accepted as another way of asking an entry (the admin console's "add as
 * alternate question"). The bot indexes it with the entry's own `questions`, live, until the
 * content itself lists it (`npm run learn -- --export`).
 */
export interface LearnedQuestion {
  /** The entry that answers it. */
  entryId: string;
  /** The question as people asked it. */
  question: string;
}

/** Longest learned question kept: a question, not a post. */
export const LEARNED_QUESTION_CHARS = 300;

/** The question as it is learned: trimmed, spaces folded, bounded; empty when there is nothing to learn. */
export function learnedText(question: string): string {
  return question.replace(/\s+/g, ' ').trim().slice(0, LEARNED_QUESTION_CHARS);
}

/**
 * The entry with `questions` added to its own, each once (compared case-insensitively), in the
 * order given. Returns the entry itself when none of them is new.
 */
export function withLearnedQuestions(entry: Entry, questions: readonly string[]): Entry {
  const known = new Set(entry.questions.map((q) => q.toLowerCase()));
  const added: string[] = [];
  for (const question of questions) {
    const text = learnedText(question);
    if (text === '' || known.has(text.toLowerCase())) continue;
    known.add(text.toLowerCase());
    added.push(text);
  }
  return added.length === 0 ? entry : { ...entry, questions: [...entry.questions, ...added] };
}
