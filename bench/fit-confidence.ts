/**
 * Refits the confidence model (src/answer/confidence.ts CONFIDENCE_MODEL) by logistic
 * regression: label 1 when the top hit answers an in-scope question correctly, 0 for an
 * off-topic question or a wrong top hit. Prints the weights and how each threshold would do.
 * Then, for the model as it stands in confidence.ts, how it reads on a plain FAQ
 * (src/answer/calibration.ts SPARSE_CALIBRATION): the same questions asked against our content
 * with every entry cut to its title, and the model's log-odds rescaled to fit those answers.
 * Fitted on the project's question sets and the tuning half of the conversational set; the
 * held-out sets (test/eval/holdout/) are never read here.
 */
import { join } from 'node:path';
import { loadConversationalSets, loadQuestionSets } from '../adapters/cli/question-sets.js';
import { projectRoot } from '../adapters/boot/paths.js';
import { createAnswerer } from '../src/answer/answerer.js';
import { calibrate } from '../src/answer/calibration.js';
import { CONFIDENCE_MODEL, featuresOf, FIXED_WEIGHTS, logitOf, type ConfidenceFeatures } from '../src/answer/confidence.js';
import { grade } from '../src/eval/grade.js';
import { createBot, loadContent, type KnowledgeBase } from '../src/index.js';
import { createSearchIndex } from '../src/search/index.js';

const root = projectRoot();
const kb = loadContent(join(root, 'content'));
const bot = createBot({ knowledgeBase: kb });
const names = Object.keys(CONFIDENCE_MODEL).filter((k) => k !== 'bias' && !(k in FIXED_WEIGHTS)) as (keyof ConfidenceFeatures)[];
const fixed = Object.entries(FIXED_WEIGHTS) as [keyof ConfidenceFeatures, number][];

interface Row {
  features: ConfidenceFeatures;
  x: number[];
  offset: number;
  y: number;
  weight: number;
  scope: string;
}
const questions = loadQuestionSets(root).flatMap((s) => s.questions);
// One question per message: several parts are answered part by part, not by one top hit.
const messages = loadConversationalSets(root)
  .filter((s) => !s.heldOut)
  .flatMap((set) => set.messages.filter((m) => !m.parts));

/** The top hit of every question, asked against this content, and whether it answers the question. */
function rowsFor(content: KnowledgeBase): Row[] {
  const index = createSearchIndex(content);
  const answerer = createAnswerer(content, index);
  const { rivalOf } = calibrate(content, index);
  const rows: Row[] = [];
  const add = (message: string, scope: 'in' | 'out', isRight: (id: string) => boolean) => {
    const { hits } = answerer.explain(message);
    const [top] = hits;
    if (!top) return;
    const features = featuresOf(top, rivalOf(hits));
    const right = scope === 'in' && isRight(top.entry.id);
    // Off-topic examples weigh double: a confident wrong answer costs more than a missed one.
    const offset = fixed.reduce((sum, [name, weight]) => sum + weight * features[name], 0);
    rows.push({ features, x: names.map((n) => features[n]), offset, y: right ? 1 : 0, weight: scope === 'out' ? 2 : 1, scope });
  };
  for (const q of questions) add(q.q, q.scope, (id) => grade(q, bot.answerFor(id, { platform: 'eval' })!).passed);
  for (const m of messages) add(m.q, m.scope, (id) => m.ids_any.includes(id));
  return rows;
}
const rows = rowsFor(kb);

let w = names.map(() => 0);
let b = 0;
const predict = (row: { x: number[]; offset: number }) =>
  1 / (1 + Math.exp(-(row.x.reduce((s, xi, i) => s + xi * w[i]!, 0) + row.offset + b)));
for (let step = 0; step < 30_000; step++) {
  const gw = names.map(() => 0);
  let gb = 0;
  for (const row of rows) {
    const error = (predict(row) - row.y) * row.weight;
    row.x.forEach((xi, i) => (gw[i]! += error * xi));
    gb += error;
  }
  w = w.map((wi, i) => wi - (0.1 * gw[i]!) / rows.length);
  b -= (0.1 * gb) / rows.length;
}

const r = (x: number) => Math.round(x * 10) / 10;
console.log(
  `CONFIDENCE_MODEL = { ${names.map((n, i) => `${n}: ${r(w[i]!)}`).join(', ')}, ${fixed.map(([n, v]) => `${n}: ${v}`).join(', ')}, bias: ${r(b)} }`,
);
const inScope = rows.filter((row) => row.scope === 'in');
const offTopic = rows.filter((row) => row.scope === 'out');
console.log(
  `${rows.length} examples: ${inScope.length} in scope (${inScope.filter((r) => r.y === 1).length} with a right top hit), ${offTopic.length} off-topic`,
);
for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7]) {
  const right = inScope.filter((row) => row.y === 1 && predict(row) >= threshold).length / inScope.length;
  const wrong = inScope.filter((row) => row.y === 0 && predict(row) >= threshold).length / inScope.length;
  const declined = offTopic.filter((row) => predict(row) < threshold).length / Math.max(1, offTopic.length);
  console.log(
    `threshold ${threshold}: in-scope answered right ${(right * 100).toFixed(1)}%, answered wrong ${(wrong * 100).toFixed(1)}%, off-topic declined ${(declined * 100).toFixed(1)}%`,
  );
}

// A plain FAQ: every entry asked one way only (its title), no aliases or alternate questions.
const sparse = rowsFor({ ...kb, entries: kb.entries.map((e) => ({ ...e, aliases: [], questions: [] })) });
let scale = 1;
let shift = 0;
for (let step = 0; step < 5_000; step++) {
  let gScale = 0;
  let gShift = 0;
  let total = 0;
  for (const row of sparse) {
    const z = logitOf(row.features);
    const error = (1 / (1 + Math.exp(-(scale * z + shift))) - row.y) * row.weight;
    gScale += error * z;
    gShift += error;
    total += row.weight;
  }
  scale -= (0.5 * gScale) / total;
  shift -= (0.5 * gShift) / total;
}
const r2 = (x: number) => Math.round(x * 100) / 100;
console.log(`SPARSE_CALIBRATION = { scale: ${r2(scale)}, shift: ${r2(shift)} } (${sparse.length} examples, entries cut to their titles)`);
console.log(`DEFAULT_SURE_LEAD = ${r2(calibrate(kb, createSearchIndex(kb)).sureLead())} (measured on the shipped content)`);
