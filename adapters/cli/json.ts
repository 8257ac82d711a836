import type { Answer, EntryRef } from '../../src/index.js';

/** The `ask --json` contract: exactly these fields, in this order. */
export interface JsonAnswer {
  question: string;
  answered: boolean;
  id: string | null;
  title: string | null;
  answer: string;
  confidence: number;
  related: EntryRef[];
  suggestions: EntryRef[];
}

export function toJson(answer: Answer): JsonAnswer {
  const answered = answer.kind === 'answer';
  return {
    question: answer.question,
    answered,
    id: answered ? (answer.entryId ?? answer.comparedIds.join('+')) : null,
    title: answered ? answer.title : null,
    answer: answered ? [answer.summary, answer.details].filter(Boolean).join('\n\n') : '',
    confidence: answer.confidence,
    related: answer.related,
    suggestions: answer.suggestions,
  };
}
