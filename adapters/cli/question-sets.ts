import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseQuestionSet, type EvalQuestion } from '../../src/eval/grade.js';
import { projectRoot } from './paths.js';

export interface QuestionSet {
  name: string;
  questions: EvalQuestion[];
}

/** The shared dev set (when `../shared` is beside the project) and the project's own set. */
export function loadQuestionSets(root = projectRoot()): QuestionSet[] {
  const sets: QuestionSet[] = [];
  const shared = join(root, '..', 'shared', 'eval', 'dev-questions.jsonl');
  if (existsSync(shared)) {
    sets.push({ name: 'shared dev set', questions: parseQuestionSet(readFileSync(shared, 'utf8'), relative(root, shared)) });
  }
  const ownDir = join(root, 'test', 'eval');
  const own = readdirSync(ownDir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => parseQuestionSet(readFileSync(join(ownDir, name), 'utf8'), `test/eval/${name}`));
  sets.push({ name: 'project set', questions: own });
  return sets;
}
