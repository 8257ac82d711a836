import { allMessages } from '../adapters/cli/question-sets.js';
import { createBot, loadContent, MAX_QUESTION_CHARS } from '../src/index.js';

/**
 * What the costliest input costs the core beside the slowest real message (issue 16, finding 2;
 * target: at most five times). In process, on the project's content: the core alone, so the
 * figure is the per-message bound and not the network around it.
 */

/** Pieces that make the core work hardest: unfolding characters, made-up long words, many parts, comparisons. */
const PIECES = [
  '\uFDFA',
  '\u3300',
  'a\u0301\u0302',
  '🔥',
  ' vs ',
  ' and ',
  '? ',
  '. ',
  'what is ',
  'difference between ',
  'raft ',
  'paxos ',
  'crdt ',
  'quorum ',
  'staff ',
  'senior ',
  'sre ',
];

/** A deterministic stream of numbers in [0, 1): the same inputs on every run, so runs compare. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Inputs of the longest length the core reads, built to cost the most. */
function costlyInputs(count: number): string[] {
  const random = seeded(16);
  const madeUp = () =>
    Array.from({ length: 5 + Math.floor(random() * 10) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
  const inputs = ['\uFDFA'.repeat(MAX_QUESTION_CHARS), Array.from({ length: 700 }, madeUp).join(' ').slice(0, MAX_QUESTION_CHARS)];
  for (let i = 0; i < count; i++) {
    let text = '';
    while (text.length < MAX_QUESTION_CHARS) text += random() < 0.5 ? `${madeUp()} ` : PIECES[Math.floor(random() * PIECES.length)];
    inputs.push(text.slice(0, MAX_QUESTION_CHARS));
  }
  return inputs;
}

export interface CostBound {
  slowestReal: { question: string; ms: number };
  costliest: { question: string; ms: number };
  realCount: number;
  costlyCount: number;
}

export function measureCostBound(contentDir: string): CostBound {
  const bot = createBot({ knowledgeBase: loadContent(contentDir) });
  /** Fastest of several runs, in ms: the cost of the input, not of whatever else the machine did meanwhile. */
  const cost = (question: string, runs: number) => {
    bot.ask(question, { platform: 'cli' });
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      bot.ask(question, { platform: 'cli' });
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };
  const slowest = (questions: string[]) => {
    // Everything once, then the five slowest again with more runs: the ranking, then the figure.
    const ranked = questions.map((question) => ({ question, ms: cost(question, 3) })).sort((a, b) => b.ms - a.ms);
    return ranked
      .slice(0, 5)
      .map(({ question }) => ({ question, ms: cost(question, 20) }))
      .sort((a, b) => b.ms - a.ms)[0]!;
  };
  const real = allMessages();
  const costly = costlyInputs(200);
  return { slowestReal: slowest(real), costliest: slowest(costly), realCount: real.length, costlyCount: costly.length };
}
