import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  conversationSchema,
  messageSchema,
  parseJsonLines,
  type EvalConversation,
  type EvalMessage,
} from '../../src/eval/conversational.js';
import { parseQuestionSet, type EvalQuestion } from '../../src/eval/grade.js';
import { projectRoot } from './paths.js';

export interface QuestionSet {
  name: string;
  questions: EvalQuestion[];
}

/** Realistic messages graded by entry, and two-turn conversations (format in design.md). */
export interface ConversationalSet {
  name: string;
  /** Kept aside while the engine was tuned: reported apart, never used to fit or tune. */
  heldOut: boolean;
  /** The entries that existed when the set was written, where the set says (`known-ids.txt`). */
  known?: Set<string>;
  messages: EvalMessage[];
  conversations: EvalConversation[];
}

const sharedEval = (root: string) => join(root, '..', 'shared', 'eval');

/** The shared dev set (when `../shared` is beside the project) and the project's own set (`test/eval/questions-*.jsonl`). */
export function loadQuestionSets(root = projectRoot()): QuestionSet[] {
  const sets: QuestionSet[] = [];
  const shared = join(sharedEval(root), 'dev-questions.jsonl');
  if (existsSync(shared)) {
    sets.push({ name: 'shared dev set', questions: parseQuestionSet(readFileSync(shared, 'utf8'), relative(root, shared)) });
  }
  const ownDir = join(root, 'test', 'eval');
  const own = readdirSync(ownDir)
    .filter((name) => name.startsWith('questions-') && name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => parseQuestionSet(readFileSync(join(ownDir, name), 'utf8'), `test/eval/${name}`));
  sets.push({ name: 'project set', questions: own });
  return sets;
}

function readSet(root: string, name: string, heldOut: boolean, messagesFile: string, conversationsFile: string): ConversationalSet {
  const read = <T>(file: string, schema: Parameters<typeof parseJsonLines<T>>[2]): T[] =>
    existsSync(file) ? parseJsonLines(readFileSync(file, 'utf8'), relative(root, file), schema) : [];
  return { name, heldOut, messages: read(messagesFile, messageSchema), conversations: read(conversationsFile, conversationSchema) };
}

/**
 * The conversational sets: the shared sample (when `../shared` is beside the project), the
 * project's tuning set (`test/eval/conversational.jsonl`, `conversations.jsonl`) and its
 * held-out third (`test/eval/holdout/`).
 */
export function loadConversationalSets(root = projectRoot()): ConversationalSet[] {
  const sets: ConversationalSet[] = [];
  const shared = sharedEval(root);
  if (existsSync(join(shared, 'dev-conversational.jsonl'))) {
    const sample = readSet(root, 'shared conversational sample', false, join(shared, 'dev-conversational.jsonl'), join(shared, 'dev-conversations.jsonl'));
    const knownFile = join(shared, 'known-ids.txt');
    if (existsSync(knownFile)) sample.known = new Set(readFileSync(knownFile, 'utf8').split('\n').filter(Boolean));
    sets.push(sample);
  }
  const own = join(root, 'test', 'eval');
  sets.push(readSet(root, 'project conversational set', false, join(own, 'conversational.jsonl'), join(own, 'conversations.jsonl')));
  const holdout = join(own, 'holdout');
  sets.push(readSet(root, 'project conversational set, held out', true, join(holdout, 'conversational.jsonl'), join(holdout, 'conversations.jsonl')));
  return sets;
}
