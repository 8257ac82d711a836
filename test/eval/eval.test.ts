import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionSets, type QuestionSet } from '../../adapters/cli/question-sets.js';
import { grade, summarise } from '../../src/eval/grade.js';
import { createBot, loadContent } from '../../src/index.js';
import { REAL_CONTENT } from '../helpers.js';

const bot = createBot({ knowledgeBase: loadContent(REAL_CONTENT) });
const sets = loadQuestionSets(undefined, { notice: () => undefined });
const shared = sets.find((s) => s.name === 'shared dev set');
const own = sets.find((s) => s.name === 'project set')!;
// In a clone without ../shared these tests are skipped, and their names say so.
const withShared = (name: string) => (shared ? name : `${name} (skipped: ../shared/eval/dev-questions.jsonl is not beside the project)`);

function expectTargetsMet(set: QuestionSet) {
  const summary = summarise(set.questions.map((q) => grade(q, bot.ask(q.q, { platform: 'eval' }))));
  const failures = summary.failures.map((f) => `${f.question.id} ${f.question.q}: ${f.reason}`);
  expect(summary.inScope.rate, failures.join('\n')).toBeGreaterThanOrEqual(0.95);
  expect(summary.offTopic.rate, failures.join('\n')).toBeGreaterThanOrEqual(0.9);
}

describe('answer quality on the real content', () => {
  it('has a project question set of at least 300 questions, 40 of them off-topic', () => {
    expect(own.questions.length).toBeGreaterThanOrEqual(300);
    expect(own.questions.filter((q) => q.scope === 'out').length).toBeGreaterThanOrEqual(40);
    expect(new Set(own.questions.map((q) => q.id)).size).toBe(own.questions.length);
  });

  it.skipIf(!shared)(withShared('does not copy questions from the shared dev set'), () => {
    const sharedQs = new Set(shared!.questions.map((q) => q.q.toLowerCase()));
    expect(own.questions.filter((q) => sharedQs.has(q.q.toLowerCase()))).toEqual([]);
  });

  it.skipIf(!shared)(
    withShared('shared dev set: at least 95 percent of in-scope questions right and 90 percent of off-topic ones declined'),
    () => {
      expectTargetsMet(shared!);
    },
  );

  it('project set: at least 95 percent of in-scope questions right and 90 percent of off-topic ones declined', () => {
    expectTargetsMet(own);
  });
});

describe('the question sets of npm run eval', () => {
  it('says in one line that the shared dev set is skipped when ../shared is not beside the project', () => {
    const root = mkdtempSync(join(tmpdir(), 'eval-root-'));
    try {
      const project = join(root, 'project');
      mkdirSync(join(project, 'test', 'eval'), { recursive: true });
      writeFileSync(
        join(project, 'test', 'eval', 'questions-x.jsonl'),
        `${JSON.stringify({ id: 'x-1', q: 'what is raft', scope: 'in', groups: [['raft']] })}\n`,
      );
      const notices: string[] = [];
      const found = loadQuestionSets(project, { notice: (message) => notices.push(message) });
      expect(found.map((s) => s.name)).toEqual(['project set']);
      expect(notices).toEqual([
        `shared dev set: skipped, ${join('..', 'shared', 'eval', 'dev-questions.jsonl')} is not beside the project (only the project set is graded)`,
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
