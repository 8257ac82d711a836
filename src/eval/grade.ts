import { z } from 'zod';
import type { Answer } from '../answer/types.js';

/** One line of a question set (format in design.md). */
export const evalQuestionSchema = z.strictObject({
  id: z.string().min(1),
  q: z.string(),
  scope: z.enum(['in', 'out']),
  groups: z.array(z.array(z.string().min(1)).min(1)).optional(),
  title_any: z.array(z.string().min(1)).optional(),
});
/** One question of a set, as parsed by {@link parseQuestionSet}. */
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

/** Whether one answer passed its question, with the reason when it did not. */
export interface Grade {
  question: EvalQuestion;
  passed: boolean;
  /** Why it failed, for the report. */
  reason?: string;
  answer: Answer;
}

/**
 * In scope: answered, the title plus text holds a term of every group, and the title one of
 * `title_any`. Off-topic: not answered. All comparisons are case-insensitive substrings.
 */
export function grade(question: EvalQuestion, answer: Answer): Grade {
  const answered = answer.kind === 'answer';
  if (question.scope === 'out') {
    return answered
      ? { question, answer, passed: false, reason: `answered "${answer.title}" (${answer.confidence})` }
      : { question, answer, passed: true };
  }
  if (!answered) return { question, answer, passed: false, reason: `not answered (${answer.kind}, ${answer.confidence})` };
  const title = (answer.title ?? '').toLowerCase();
  const haystack = `${title}\n${answer.summary}\n${answer.details}`.toLowerCase();
  if (question.title_any && !question.title_any.some((t) => title.includes(t.toLowerCase()))) {
    return { question, answer, passed: false, reason: `title "${answer.title}" lacks ${JSON.stringify(question.title_any)}` };
  }
  const missing = (question.groups ?? []).find((group) => !group.some((t) => haystack.includes(t.toLowerCase())));
  if (missing) return { question, answer, passed: false, reason: `"${answer.title}" lacks any of ${JSON.stringify(missing)}` };
  return { question, answer, passed: true };
}

/** How a question set scored: in scope answered right, off-topic declined. */
export interface EvalSummary {
  inScope: { passed: number; total: number; rate: number };
  offTopic: { passed: number; total: number; rate: number };
  failures: Grade[];
}

const rate = (passed: number, total: number) => (total === 0 ? 1 : passed / total);

/** The pass rates of a set's grades, in scope and off-topic apart. */
export function summarise(grades: readonly Grade[]): EvalSummary {
  const part = (scope: 'in' | 'out') => {
    const all = grades.filter((g) => g.question.scope === scope);
    const passed = all.filter((g) => g.passed).length;
    return { passed, total: all.length, rate: rate(passed, all.length) };
  };
  return { inScope: part('in'), offTopic: part('out'), failures: grades.filter((g) => !g.passed) };
}

/** Parses a JSONL question set, naming the line of any bad question. */
export function parseQuestionSet(text: string, file: string): EvalQuestion[] {
  const problems: string[] = [];
  const questions: EvalQuestion[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      problems.push(`${file}:${i + 1}: not valid JSON`);
      return;
    }
    const parsed = evalQuestionSchema.safeParse(data);
    if (parsed.success) questions.push(parsed.data);
    else problems.push(`${file}:${i + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  });
  if (problems.length > 0) throw new Error(`Question set ${file} is invalid:\n  ${problems.join('\n  ')}`);
  return questions;
}
