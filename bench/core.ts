import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createBot, loadContent, type Bot } from '../src/index.js';
import { summarise } from './stats.js';

export interface CoreFigures {
  entries: number;
  loadMs: number;
  indexMs: number;
  askP50Ms: number;
  askP99Ms: number;
  questionsPerSecond: number;
  coldStartMs: number;
  rssMb: number;
}

const now = () => performance.now();

/** Times every question `rounds` times after a warm-up; returns per-question latencies in ms. */
export function timeAsks(bot: Bot, questions: readonly string[], rounds: number): number[] {
  for (const q of questions) bot.ask(q, { platform: 'bench' });
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const start = now();
      bot.ask(q, { platform: 'bench' });
      samples.push(now() - start);
    }
  }
  return samples;
}

/** Median wall time of `ask --json` from process start to the answer printed. */
function coldStart(root: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    execFileSync(process.execPath, [join(root, 'dist', 'adapters', 'cli', 'ask.js'), '--json', 'wats a crdt'], { stdio: 'pipe' });
    times.push(now() - start);
  }
  return summarise(times).p50;
}

export function benchCore(root: string, questions: readonly string[]): CoreFigures {
  const contentDir = join(root, 'content');
  let start = now();
  const kb = loadContent(contentDir);
  const loadMs = now() - start;
  start = now();
  const bot = createBot({ knowledgeBase: kb });
  const indexMs = now() - start;

  const samples = timeAsks(bot, questions, 20);
  const { p50, p99 } = summarise(samples);
  const total = samples.reduce((s, x) => s + x, 0);
  return {
    entries: kb.entries.length,
    loadMs,
    indexMs,
    askP50Ms: p50,
    askP99Ms: p99,
    questionsPerSecond: samples.length / (total / 1000),
    coldStartMs: coldStart(root, 10),
    rssMb: process.memoryUsage().rss / 1024 / 1024,
  };
}
