/**
 * How cost grows with content: StackFAQ's 719 entries copied 1, 5 and 14 times (719, 3,595 and
 * 10,066 entries) as a team folder over the fixture content. Copies multiply the hits of every
 * query, so this overstates real content, but the shape holds. Also a team FAQ of 300 entries
 * beside the shipped content, as `npm run import` would write it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { createBot, loadLayers, type ContentLayer } from '../src/index.js';
import { timeAsks } from './core.js';
import type { StackFaq } from './stackfaq.js';
import { summarise } from './stats.js';

export interface ScalePoint {
  entries: number;
  loadMs: number;
  indexMs: number;
  askP50Ms: number;
  askP99Ms: number;
  /** `ask --json` from process start to the answer, with the saved snapshot (median of 3). */
  coldStartMs: number;
}

/** Writes the FAQ `copies` times into a team folder, one Markdown entry per (question, answer). */
function writeTeamFolder(faq: StackFaq, copies: number, limit = Infinity): string {
  const dir = mkdtempSync(join(tmpdir(), 'scale-'));
  mkdirSync(join(dir, 'faqs'));
  let written = 0;
  for (let copy = 0; copy < copies; copy++) {
    for (const entry of faq.knowledgeBase.entries) {
      if (written >= limit) return dir;
      const front = stringify({ title: entry.title, kind: 'faq', summary: entry.summary, questions: [entry.title] });
      writeFileSync(join(dir, 'faqs', `${entry.id}-c${copy}.md`), `---\n${front}---\n${entry.body}\n`);
      written++;
    }
  }
  return dir;
}

function coldStart(root: string, env: Record<string, string>, question: string): number {
  const run = () => {
    const start = performance.now();
    execFileSync(process.execPath, [join(root, 'dist', 'adapters', 'cli', 'ask.js'), '--json', question], {
      stdio: 'pipe',
      env: { ...process.env, ...env },
    });
    return performance.now() - start;
  };
  run(); // the first start validates, indexes and saves the snapshot
  return summarise([run(), run(), run()]).p50;
}

function measure(root: string, layers: ContentLayer[], questions: readonly string[], env: Record<string, string>, rounds = 3): ScalePoint {
  let start = performance.now();
  const kb = loadLayers(layers);
  const loadMs = performance.now() - start;
  start = performance.now();
  const bot = createBot({ knowledgeBase: kb });
  const indexMs = performance.now() - start;
  const { p50, p99 } = summarise(timeAsks(bot, questions, rounds));
  return { entries: kb.entries.length, loadMs, indexMs, askP50Ms: p50, askP99Ms: p99, coldStartMs: coldStart(root, env, questions[0]!) };
}

/** The curve for 1, 5 and 14 copies of StackFAQ, with its own rephrasings as the questions, each timed `rounds` times. */
export function benchScale(root: string, faq: StackFaq, fixtureContent: string, rounds = 3): ScalePoint[] {
  const questions = faq.queries.slice(0, 300).map((q) => q.text);
  return [1, 5, 14].map((copies) => {
    const team = writeTeamFolder(faq, copies);
    try {
      const layers: ContentLayer[] = [
        { dir: fixtureContent, rules: 'shipped' },
        { dir: team, rules: 'team' },
      ];
      return measure(root, layers, questions, { CONTENT_DIR: fixtureContent, CONTENT_DIRS: team, LOG_LEVEL: 'silent' }, rounds);
    } finally {
      rmSync(team, { recursive: true, force: true });
    }
  });
}

/** A team FAQ of 300 entries beside the shipped content: what a team adds by importing its own. */
export function benchTeamFaq(root: string, faq: StackFaq, shippedContent: string): ScalePoint {
  const team = writeTeamFolder(faq, 1, 300);
  try {
    const layers: ContentLayer[] = [
      { dir: shippedContent, rules: 'shipped' },
      { dir: team, rules: 'team' },
    ];
    const questions = faq.queries
      .filter((q) => faq.knowledgeBase.entries.slice(0, 300).some((e) => faq.threadOf.get(e.id) === q.thread))
      .map((q) => q.text);
    return measure(root, layers, questions, { CONTENT_DIRS: team, LOG_LEVEL: 'silent' });
  } finally {
    rmSync(team, { recursive: true, force: true });
  }
}
