import { describe, expect, it } from 'vitest';
import { loadQuestionSets } from '../../adapters/cli/question-sets.js';
import { grade, summarise } from '../../src/eval/grade.js';
import { createBot, loadContent } from '../../src/index.js';
import { REAL_CONTENT } from '../helpers.js';

const bot = createBot({ knowledgeBase: loadContent(REAL_CONTENT) });
const sets = loadQuestionSets();

describe('answer quality on the real content', () => {
  it('has a project question set of at least 300 questions, 40 of them off-topic', () => {
    const own = sets.find((s) => s.name === 'project set')!.questions;
    expect(own.length).toBeGreaterThanOrEqual(300);
    expect(own.filter((q) => q.scope === 'out').length).toBeGreaterThanOrEqual(40);
    expect(new Set(own.map((q) => q.id)).size).toBe(own.length);
  });

  it('does not copy questions from the shared dev set', () => {
    const shared = sets.find((s) => s.name === 'shared dev set');
    if (!shared) return;
    const sharedQs = new Set(shared.questions.map((q) => q.q.toLowerCase()));
    const own = sets.find((s) => s.name === 'project set')!.questions;
    expect(own.filter((q) => sharedQs.has(q.q.toLowerCase()))).toEqual([]);
  });

  it.each(sets.map((s) => s.name))('%s: at least 95 percent of in-scope questions right and 90 percent of off-topic ones declined', (name) => {
    const set = sets.find((s) => s.name === name)!;
    const summary = summarise(set.questions.map((q) => grade(q, bot.ask(q.q, { platform: 'eval' }))));
    const failures = summary.failures.map((f) => `${f.question.id} ${f.question.q}: ${f.reason}`);
    expect(summary.inScope.rate, failures.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(summary.offTopic.rate, failures.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
