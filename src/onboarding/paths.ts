import type { KnowledgeBase } from '../content/load.js';
import type { LearningPath } from '../content/schema.js';
import type { Answer, EntryRef } from '../answer/types.js';
import { truncateAtWord } from '../text/truncate.js';

/** A learning path by name, for pickers. */
export interface PathRef {
  id: string;
  title: string;
}

/** One step of a path: the entry, and one line saying what it is. */
export interface PathStep extends EntryRef {
  /** The first sentence of the entry's summary, at most {@link STEP_LINE_MAX_CHARS} characters. */
  line: string;
}

/** A learning path ready to show: its steps in order, each with a one-line summary. */
export interface PathView {
  id: string;
  title: string;
  /** Plain text, from `paths.yaml`. */
  intro: string;
  steps: PathStep[];
}

/** One step of a learning path opened from a button: the path, where the step sits in it, and the step's answer. */
export interface PathStepAnswer {
  path: PathView;
  /** The step's place in `path.steps`, from 0. */
  index: number;
  answer: Answer;
}

/** Long enough for a real sentence, short enough that a 14-step path still reads as a list. */
export const STEP_LINE_MAX_CHARS = 160;

/** The first sentence of a plain-text summary, cut at a word if even that is too long. */
export function firstSentence(text: string, max = STEP_LINE_MAX_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // A sentence ends at . ! or ? followed by a space and a capital: "e.g. the" does not end one.
  const end = /[.!?](?=\s+[A-Z(“"]|$)/.exec(flat);
  const sentence = end ? flat.slice(0, end.index + 1) : flat;
  return truncateAtWord(sentence, max);
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The path a person means: by id ("staff", "entry-level" → `entry`), else by a distinctive word
 * of its title ("distinguished"). Null when nothing matches, so the caller can list the levels.
 */
export function findPath(paths: readonly LearningPath[], typed: string): LearningPath | null {
  const typedWords = words(typed);
  if (typedWords.length === 0) return null;
  const joined = typedWords.join('-');
  const byId = paths.find((p) => p.id === joined) ?? paths.find((p) => typedWords.includes(p.id));
  if (byId) return byId;
  // Short words ("level", "and", "the") appear in several titles and would pick one at random.
  const distinctive = typedWords.filter((w) => w.length >= 5);
  return paths.find((p) => words(p.title).some((w) => distinctive.includes(w))) ?? null;
}

/** The path with each step's title and one-line summary; steps whose entry is gone are skipped. */
export function pathView(kb: KnowledgeBase, path: LearningPath): PathView {
  const steps = path.steps.flatMap((id): PathStep[] => {
    const entry = kb.byId.get(id);
    return entry ? [{ id, title: entry.title, line: firstSentence(entry.summary) }] : [];
  });
  return { id: path.id, title: path.title, intro: path.intro, steps };
}
