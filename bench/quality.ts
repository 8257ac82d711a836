import { grade, summarise as summariseGrades, type EvalQuestion } from '../src/eval/grade.js';
import type { Answer, Bot } from '../src/index.js';
import type { Baseline } from './baselines.js';
import { summarise } from './stats.js';

export interface QualityRow {
  engine: string;
  set: string;
  inScope: number;
  offTopic: number;
  p50Ms: number;
  p99Ms: number;
}

/** A baseline's "answer": the entry it picked, shown as our bot would show it, or a decline. */
function baselineAnswer(bot: Bot, baseline: Baseline, question: string): Answer {
  const id = baseline.top(question);
  const shown = id ? bot.answerFor(id, { platform: 'bench' }) : null;
  return shown ?? { ...bot.ask('zzzz', { platform: 'bench' }), question, kind: 'decline' };
}

/** Accuracy, decline rate and latency of one engine on one question set, graded the same way. */
export function measure(engine: string, set: string, questions: readonly EvalQuestion[], answer: (q: string) => Answer): QualityRow {
  const times: number[] = [];
  const grades = questions.map((q) => {
    const start = performance.now();
    const a = answer(q.q);
    times.push(performance.now() - start);
    return grade(q, a);
  });
  const { inScope, offTopic } = summariseGrades(grades);
  const { p50, p99 } = summarise(times);
  return { engine, set, inScope: inScope.rate, offTopic: offTopic.rate, p50Ms: p50, p99Ms: p99 };
}

export function compareEngines(
  bot: Bot,
  baselines: readonly Baseline[],
  sets: readonly { name: string; questions: EvalQuestion[] }[],
): QualityRow[] {
  const rows: QualityRow[] = [];
  for (const set of sets) {
    // Warm every engine once so the first-call JIT cost does not land on one of them.
    for (const q of set.questions) {
      bot.ask(q.q, { platform: 'bench' });
      for (const b of baselines) b.top(q.q);
    }
    rows.push(measure('this bot', set.name, set.questions, (q) => bot.ask(q, { platform: 'bench' })));
    for (const b of baselines) rows.push(measure(b.name, set.name, set.questions, (q) => baselineAnswer(bot, b, q)));
  }
  return rows;
}
