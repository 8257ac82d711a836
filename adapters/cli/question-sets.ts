import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  conversationSchema,
  messageSchema,
  parseJsonLines,
  parseQuestionSet,
  type EvalConversation,
  type EvalMessage,
  type EvalQuestion,
} from '../../src/index.js';
import { projectRoot } from '../boot/paths.js';

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

export interface LoadQuestionSetsOptions {
  /**
   * Told, in one line, about a set that is not there (the shared dev set in a clone without
   * `../shared`), so a run never grades less than it seems to. Default: a line on stderr.
   */
  notice?: (message: string) => void;
}

/** Where the shared dev set is looked for: `../shared/eval/dev-questions.jsonl` beside the project. */
export const sharedSetPath = (root = projectRoot()) => join(sharedEval(root), 'dev-questions.jsonl');

/** The shared dev set (when `../shared` is beside the project) and the project's own set (`test/eval/questions-*.jsonl`). */
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
 * held-out sets (`test/eval/holdout/` to `holdout-42/`).
 */
export function loadConversationalSets(root = projectRoot(), options: LoadQuestionSetsOptions = {}): ConversationalSet[] {
  const notice = options.notice ?? ((message: string) => void process.stderr.write(`${message}\n`));
  const sets: ConversationalSet[] = [];
  const shared = sharedEval(root);
  if (!existsSync(join(shared, 'dev-conversational.jsonl'))) {
    notice(`shared conversational sample: skipped, ${relative(root, join(shared, 'dev-conversational.jsonl'))} is not beside the project`);
  } else {
    const sample = readSet(
      root,
      'shared conversational sample',
      false,
      join(shared, 'dev-conversational.jsonl'),
      join(shared, 'dev-conversations.jsonl'),
    );
    const knownFile = join(shared, 'known-ids.txt');
    if (existsSync(knownFile)) sample.known = new Set(readFileSync(knownFile, 'utf8').split('\n').filter(Boolean));
    sets.push(sample);
  }
  const own = join(root, 'test', 'eval');
  sets.push(readSet(root, 'project conversational set', false, join(own, 'conversational.jsonl'), join(own, 'conversations.jsonl')));
  // Each held-out set in a folder of its own: the first (holdout/) was read once the first round of tuning was
  // done; holdout-2/ and holdout-3/ were written from the content alone by someone who had not seen the engine or
  // its misses, after the second and the third rounds; holdout-4/ the same way, after the fourth; holdout-5/ at the
  // start of the fifth, before any of that round's tuning; holdout-6/ at the start of the sixth, measured once at its end;
  // holdout-7/ to holdout-37/ the same way in the seventh to the thirty-seventh; holdout-38/ midway through the
  // thirty-seventh, after holdout-37/ was read; holdout-39/ at the start of the thirty-eighth, holdout-40/ midway through
  // it, after holdout-39/ was read; holdout-41/ at the start of the thirty-ninth, holdout-42/ midway through it, after
  // holdout-41/ was read.
  for (const [folder, label] of [
    ['holdout', 'project conversational set, held out'],
    ['holdout-2', 'project conversational set, second held-out set'],
    ['holdout-3', 'project conversational set, third held-out set'],
    ['holdout-4', 'project conversational set, fourth held-out set'],
    ['holdout-5', 'project conversational set, fifth held-out set'],
    ['holdout-6', 'project conversational set, sixth held-out set'],
    ['holdout-7', 'project conversational set, seventh held-out set'],
    ['holdout-8', 'project conversational set, eighth held-out set'],
    ['holdout-9', 'project conversational set, ninth held-out set'],
    ['holdout-10', 'project conversational set, tenth held-out set'],
    ['holdout-11', 'project conversational set, eleventh held-out set'],
    ['holdout-12', 'project conversational set, twelfth held-out set'],
    ['holdout-13', 'project conversational set, thirteenth held-out set'],
    ['holdout-14', 'project conversational set, fourteenth held-out set'],
    ['holdout-15', 'project conversational set, fifteenth held-out set'],
    ['holdout-16', 'project conversational set, sixteenth held-out set'],
    ['holdout-17', 'project conversational set, seventeenth held-out set'],
    ['holdout-18', 'project conversational set, eighteenth held-out set'],
    ['holdout-19', 'project conversational set, nineteenth held-out set'],
    ['holdout-20', 'project conversational set, twentieth held-out set'],
    ['holdout-21', 'project conversational set, twenty-first held-out set'],
    ['holdout-22', 'project conversational set, twenty-second held-out set'],
    ['holdout-23', 'project conversational set, twenty-third held-out set'],
    ['holdout-24', 'project conversational set, twenty-fourth held-out set'],
    ['holdout-25', 'project conversational set, twenty-fifth held-out set'],
    ['holdout-26', 'project conversational set, twenty-sixth held-out set'],
    ['holdout-27', 'project conversational set, twenty-seventh held-out set'],
    ['holdout-28', 'project conversational set, twenty-eighth held-out set'],
    ['holdout-29', 'project conversational set, twenty-ninth held-out set'],
    ['holdout-30', 'project conversational set, thirtieth held-out set'],
    ['holdout-31', 'project conversational set, thirty-first held-out set'],
    ['holdout-32', 'project conversational set, thirty-second held-out set'],
    ['holdout-33', 'project conversational set, thirty-third held-out set'],
    ['holdout-34', 'project conversational set, thirty-fourth held-out set'],
    ['holdout-35', 'project conversational set, thirty-fifth held-out set'],
    ['holdout-36', 'project conversational set, thirty-sixth held-out set'],
    ['holdout-37', 'project conversational set, thirty-seventh held-out set'],
    ['holdout-38', 'project conversational set, thirty-eighth held-out set'],
    ['holdout-39', 'project conversational set, thirty-ninth held-out set'],
    ['holdout-40', 'project conversational set, fortieth held-out set'],
    ['holdout-41', 'project conversational set, forty-first held-out set'],
    ['holdout-42', 'project conversational set, forty-second held-out set'],
  ] as const) {
    const dir = join(own, folder);
    if (folder !== 'holdout' && !existsSync(dir)) continue;
    sets.push(readSet(root, label, true, join(dir, 'conversational.jsonl'), join(dir, 'conversations.jsonl')));
  }
  return sets;
}

/**
 * The text of every message the question sets hold: each question, each realistic message and
 * both turns of each conversation (the shared sets too, when `../shared` is beside the project).
 */
export function allMessages(root = projectRoot()): string[] {
  const quiet = { notice: () => {} };
  return [
    ...loadQuestionSets(root, quiet).flatMap((set) => set.questions.map((q) => q.q)),
    ...loadConversationalSets(root, quiet).flatMap((set) => [
      ...set.messages.map((m) => m.q),
      ...set.conversations.flatMap((c) => [c.first, c.second]),
    ]),
  ];
}
