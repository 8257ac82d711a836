import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Bot } from '../src/index.js';
import { LOAD_QUESTIONS } from './load-shared.js';

export interface MemoryFigures {
  questions: number;
  /** Heap in use after a full collection, in MB: after the first question, then at each checkpoint. */
  heapMb: number[];
  /** The largest heap at a later checkpoint minus the heap at the first one (after warm-up), in MB. */
  growthMb: number;
}

export interface MemoryOptions {
  checkpoints?: number;
  /** The i-th question; {@link variedQuestion} by default. */
  question?: (i: number) => string;
}

const TYPOS = ['', ' pls', '?', ' in prod', ' for a new grad', ' vs paxos', ' explained', '!!'];

/** Everyday traffic: known questions in many small variations. */
export const variedQuestion = (i: number) => `${LOAD_QUESTIONS[i % LOAD_QUESTIONS.length]}${TYPOS[i % TYPOS.length]} ${i % 97}`;

/**
 * Hostile traffic: every question carries words never seen before, so any cache keyed by words
 * or questions keeps growing until its bound.
 */
export const uniqueWordsQuestion = (i: number) =>
  `what is ${(i * 7919).toString(36)}q${i.toString(36)} and ${'x'.repeat(30 + (i % 400))}${i}`;

/** A full garbage collection, even when the process was started without --expose-gc. */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * Heap after a full collection at checkpoints while the core answers `total` questions: the
 * figure behind "memory stays flat". The first checkpoint is the warm-up (code compiled,
 * caches filled with the common words); growth is measured from there.
 */
export function memoryUnderQuestions(bot: Bot, total: number, options: MemoryOptions = {}): MemoryFigures {
  const { checkpoints = 5, question = variedQuestion } = options;
  const gc = collector();
  const heap = () => {
    gc();
    return process.memoryUsage().heapUsed / 1024 / 1024;
  };
  const heapMb: number[] = [];
  const step = Math.ceil(total / checkpoints);
  for (let i = 0; i < total; i++) {
    bot.ask(question(i), { platform: 'bench', userId: `U${i}` });
    if (i % step === 0) heapMb.push(heap());
  }
  heapMb.push(heap());
  const growthMb = Math.max(...heapMb.slice(1)) - heapMb[1]!;
  return { questions: total, heapMb, growthMb };
}
