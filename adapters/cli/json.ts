import type { Answer, EntryRef } from '../../src/index.js';
// The fast start of `ask` (250 ms, cold): src/index.ts would load the YAML and zod validators
// (60 ms more) that a start from the content snapshot never needs, so this imports their modules.
import { answerKey } from '../../src/answer/build.js';
import { fullText, shownText } from '../../src/answer/present.js';

/** The `ask --json` contract: exactly these fields, in this order. */
export interface JsonAnswer {
  question: string;
  answered: boolean;
  id: string | null;
  title: string | null;
  /** The whole answer (summary and details); "" when not answered. */
  answer: string;
  /** What a person sees first in a channel: the summary, details one click away. */
  shown: string;
  confidence: number;
  related: EntryRef[];
  suggestions: EntryRef[];
}

export function toJson(answer: Answer): JsonAnswer {
  const answered = answer.kind === 'answer';
  return {
    question: answer.question,
    answered,
    id: answered ? answerKey(answer) : null,
    title: answered ? answer.title : null,
    answer: answered ? fullText(answer) : '',
    shown: shownText(answer),
    confidence: answer.confidence,
    related: answer.related,
    suggestions: answer.suggestions,
  };
}

/**
 * One line of `--batch` input: plain text is a question of its own; a JSON object
 * `{"q": "...", "conversation": "c1"}` is a message of that conversation.
 */
export function readBatchLine(line: string): { q: string; conversation?: string } {
  if (!line.trimStart().startsWith('{')) return { q: line };
  try {
    const data = JSON.parse(line) as { q?: unknown; conversation?: unknown };
    if (typeof data.q !== 'string') return { q: line };
    return typeof data.conversation === 'string' || typeof data.conversation === 'number'
      ? { q: data.q, conversation: String(data.conversation) }
      : { q: data.q };
  } catch {
    return { q: line };
  }
}
