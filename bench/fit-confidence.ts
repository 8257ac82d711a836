/**
 * Refits the confidence model (src/answer/answerer.ts CONFIDENCE_MODEL) by logistic
 * regression: label 1 when the top hit answers an in-scope question correctly, 0 for an
 * off-topic question or a wrong top hit. Prints the weights and how each threshold would do.
 * Six weights over a few hundred questions: little room to overfit, but check `npm run eval`
 * on the shared set after pasting new weights.
 */
import { join } from 'node:path';
import { loadQuestionSets } from '../adapters/cli/question-sets.js';
import { projectRoot } from '../adapters/cli/paths.js';
import { grade } from '../src/eval/grade.js';
import { createBot, loadContent } from '../src/index.js';
import { createSearchIndex, type Hit } from '../src/search/index.js';

const root = projectRoot();
const kb = loadContent(join(root, 'content'));
const bot = createBot({ knowledgeBase: kb });
const index = createSearchIndex(kb);

const features = (hit: Hit, runnerUp?: Hit) => [
  hit.coverage,
  hit.anchor,
  Math.min(hit.evidence, 2) / 2,
  runnerUp ? Math.max(0, (hit.score - runnerUp.score) / hit.score) : 1,
  Math.min(hit.queryTermCount, 8) / 8,
];

const rows: { x: number[]; y: number; weight: number; scope: string }[] = [];
for (const q of loadQuestionSets(root).flatMap((s) => s.questions)) {
  const [top, second] = index.search(q.q);
  if (!top) continue;
  const right = q.scope === 'in' && grade(q, bot.answerFor(top.entry.id, { platform: 'eval' })!).passed;
  // Off-topic examples weigh double: a confident wrong answer costs more than a missed one.
  rows.push({ x: features(top, second), y: right ? 1 : 0, weight: q.scope === 'out' ? 2 : 1, scope: q.scope });
}

let w = [0, 0, 0, 0, 0];
let b = 0;
const predict = (x: number[]) => 1 / (1 + Math.exp(-(x.reduce((s, xi, i) => s + xi * w[i]!, 0) + b)));
for (let step = 0; step < 20_000; step++) {
  const gw = [0, 0, 0, 0, 0];
  let gb = 0;
  for (const row of rows) {
    const error = (predict(row.x) - row.y) * row.weight;
    row.x.forEach((xi, i) => (gw[i]! += error * xi));
    gb += error;
  }
  w = w.map((wi, i) => wi - (0.05 * gw[i]!) / rows.length);
  b -= (0.05 * gb) / rows.length;
}

const r = (x: number) => Math.round(x * 10) / 10;
console.log(
  `CONFIDENCE_MODEL = { coverage: ${r(w[0]!)}, anchor: ${r(w[1]!)}, evidence: ${r(w[2]!)}, margin: ${r(w[3]!)}, length: ${r(w[4]!)}, bias: ${r(b)} }`,
);
const inScope = rows.filter((row) => row.scope === 'in');
const offTopic = rows.filter((row) => row.scope === 'out');
for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7]) {
  const right = inScope.filter((row) => row.y === 1 && predict(row.x) >= threshold).length / inScope.length;
  const declined = offTopic.filter((row) => predict(row.x) < threshold).length / Math.max(1, offTopic.length);
  console.log(`threshold ${threshold}: in-scope answered right ${(right * 100).toFixed(1)}%, off-topic declined ${(declined * 100).toFixed(1)}%`);
}
