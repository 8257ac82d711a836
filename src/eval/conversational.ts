import { z } from 'zod';
import { answerKey } from '../answer/build.js';
import type { Answer } from '../answer/types.js';

/**
 * A realistic message, graded by the entry that answers it (format in design.md): in scope,
 * it passes when answered by one of `ids_any` (either side of a comparison counts); with
 * `parts`, every part's ids must be among the entries that answered. Off-topic passes on a decline.
 */
export const messageSchema = z.object({
  id: z.string().min(1),
  q: z.string(),
  persona: z.string().optional(),
  scope: z.enum(['in', 'out']),
  ids_any: z.array(z.string().min(1)),
  parts: z.array(z.array(z.string().min(1)).min(1)).optional(),
  new_entry_terms: z.string().nullable().optional(),
});
export type EvalMessage = z.infer<typeof messageSchema>;

/** A two-turn conversation; the second turn is graded by `ids_any`. */
export const conversationSchema = z.object({
  id: z.string().min(1),
  first: z.string(),
  second: z.string(),
  scope: z.enum(['in', 'out']),
  ids_any: z.array(z.string().min(1)),
});
export type EvalConversation = z.infer<typeof conversationSchema>;

/** The entries an answer was given from (every side of a comparison, every part). */
export const answeredIds = (answer: Answer): string[] => (answer.kind === 'answer' ? answerKey(answer).split('+').filter(Boolean) : []);

export interface MessageGrade {
  id: string;
  q: string;
  scope: 'in' | 'out';
  passed: boolean;
  /** With `parts`: every part answered by one of its ids (stricter than `passed`, which needs one). */
  allParts: boolean | null;
  got: string;
  shownChars: number | null;
}

export function gradeMessage(message: EvalMessage, answer: Answer, shown: string): MessageGrade {
  const ids = answeredIds(answer);
  const got = answer.kind === 'answer' ? `${ids.join('+')} (${answer.confidence})` : `${answer.kind} (${answer.confidence})`;
  const base = { id: message.id, q: message.q, scope: message.scope, got, shownChars: answer.kind === 'answer' ? shown.length : null };
  if (message.scope === 'out') return { ...base, passed: answer.kind !== 'answer', allParts: null };
  const passed = ids.some((id) => message.ids_any.includes(id));
  const allParts = message.parts ? message.parts.every((group) => group.some((id) => ids.includes(id))) : null;
  return { ...base, passed, allParts };
}

export function gradeConversation(conversation: EvalConversation, second: Answer): { id: string; passed: boolean; got: string } {
  const ids = answeredIds(second);
  const passed = conversation.scope === 'out' ? second.kind !== 'answer' : ids.some((id) => conversation.ids_any.includes(id));
  return { id: conversation.id, passed, got: second.kind === 'answer' ? ids.join('+') : second.kind };
}

/** Parses a JSONL file with one schema, naming the line of any bad object. */
export function parseJsonLines<T>(text: string, file: string, schema: z.ZodType<T>): T[] {
  const problems: string[] = [];
  const items: T[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      problems.push(`${file}:${i + 1}: not valid JSON`);
      return;
    }
    const parsed = schema.safeParse(data);
    if (parsed.success) items.push(parsed.data);
    else problems.push(`${file}:${i + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  });
  if (problems.length > 0) throw new Error(`Question set ${file} is invalid:\n  ${problems.join('\n  ')}`);
  return items;
}
