import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseQuestionSet, type EvalQuestion } from '../../src/eval/grade.js';
import { projectRoot } from './paths.js';

export interface QuestionSet {
  name: string;
  questions: EvalQuestion[];
}

export interface LoadQuestionSetsOptions {
  /**
   * Told, in one line, about a set that is not there (the shared dev set in a clone without
   * `../shared`), so a run never grades less than it seems to. Default: a line on stderr.
   */
  notice?: (message: string) => void;
}

/** Where the shared dev set is looked for: `../shared/eval/dev-questions.jsonl` beside the project. */
export const sharedSetPath = (root = projectRoot()) => join(root, '..', 'shared', 'eval', 'dev-questions.jsonl');

/** The shared dev set (when `../shared` is beside the project) and the project's own set. */
export function loadQuestionSets(root = projectRoot(), options: LoadQuestionSetsOptions = {}): QuestionSet[] {
  const notice = options.notice ?? ((message: string) => void process.stderr.write(`${message}\n`));
  const sets: QuestionSet[] = [];
  const shared = sharedSetPath(root);
  if (existsSync(shared)) {
    sets.push({ name: 'shared dev set', questions: parseQuestionSet(readFileSync(shared, 'utf8'), relative(root, shared)) });
  } else {
    notice(`shared dev set: skipped, ${relative(root, shared)} is not beside the project (only the project set is graded)`);
  }
  const ownDir = join(root, 'test', 'eval');
  const own = readdirSync(ownDir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => parseQuestionSet(readFileSync(join(ownDir, name), 'utf8'), `test/eval/${name}`));
  sets.push({ name: 'project set', questions: own });
  return sets;
}
