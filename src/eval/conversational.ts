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
  // Null or absent for a message that asks one thing.
  parts: z
    .array(z.array(z.string().min(1)).min(1))
    .nullable()
    .optional(),
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

/**
 * `known` lists the entries that existed when the set was written (`known-ids.txt` beside it):
 * an answer from an entry written since is judged by the message's `new_entry_terms`.
 */
export function gradeMessage(message: EvalMessage, answer: Answer, shown: string, known?: ReadonlySet<string>): MessageGrade {
  const ids = answeredIds(answer);
  const got = answer.kind === 'answer' ? `${ids.join('+')} (${answer.confidence})` : `${answer.kind} (${answer.confidence})`;
  const base = { id: message.id, q: message.q, scope: message.scope, got, shownChars: answer.kind === 'answer' ? shown.length : null };
  if (message.scope === 'out') return { ...base, passed: answer.kind !== 'answer', allParts: null };
  const fresh = known !== undefined && ids.some((id) => !known.has(id));
  const newEntryFits =
    fresh && message.new_entry_terms
      ? new RegExp(message.new_entry_terms, 'i').test(`${answer.title}\n${answer.summary}\n${answer.details}`)
      : false;
  const passed = ids.some((id) => message.ids_any.includes(id)) || newEntryFits;
  const allParts = message.parts ? message.parts.every((group) => group.some((id) => ids.includes(id))) : null;
  return { ...base, passed, allParts };
}

/** Grades a conversation's second turn: passed when answered by one of its `ids_any`. */
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

/** What one conversational set scored. */
export interface ConversationalSummary {
  inScope: { passed: number; total: number };
  offTopic: { passed: number; total: number };
  multiPart: { passed: number; total: number };
  /** Median length of what a channel shows first, over answered messages. */
  medianShown: number;
  /** The longest first view of a comparison answer. */
  longestComparisonShown: number;
  secondTurn: { passed: number; total: number };
  failures: string[];
}

/** The pass rates of a conversational set's grades, with the failures listed. */
export function summariseConversational(
  messages: { grade: MessageGrade; comparison: boolean }[],
  conversations: { id: string; passed: boolean; got: string }[],
): ConversationalSummary {
  const count = (list: boolean[]) => ({ passed: list.filter(Boolean).length, total: list.length });
  const grades = messages.map((m) => m.grade);
  const shown = grades.flatMap((g) => (g.shownChars === null ? [] : [g.shownChars])).sort((a, b) => a - b);
  return {
    inScope: count(grades.filter((g) => g.scope === 'in').map((g) => g.passed)),
    offTopic: count(grades.filter((g) => g.scope === 'out').map((g) => g.passed)),
    multiPart: count(grades.filter((g) => g.allParts !== null).map((g) => g.allParts === true)),
    medianShown: shown[shown.length >> 1] ?? 0,
    longestComparisonShown: Math.max(0, ...messages.filter((m) => m.comparison).map((m) => m.grade.shownChars ?? 0)),
    secondTurn: count(conversations.map((c) => c.passed)),
    failures: [
      ...grades.filter((g) => !g.passed || g.allParts === false).map((g) => `${g.id} ${JSON.stringify(g.q.slice(0, 100))}: got ${g.got}`),
      ...conversations.filter((c) => !c.passed).map((c) => `${c.id} (second turn): got ${c.got}`),
    ],
  };
}
