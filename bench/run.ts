import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConversationalSets, loadQuestionSets } from '../adapters/cli/question-sets.js';
import { projectRoot } from '../adapters/boot/paths.js';
import { createBot, loadContent } from '../src/index.js';
import { plainLunr, plainMiniSearch } from './baselines.js';
import { benchCore, timeAsks } from './core.js';
import { compareEngines } from './quality.js';
import { fmt, summarise } from './stats.js';
import { benchEndToEnd } from './end-to-end.js';
import { benchProcess } from './process.js';
import { soakSectionOf, withSoakSection } from './soak-section.js';
import { benchScale, benchTeamFaq, type ScalePoint } from './scale.js';
import { benchStackFaq, loadStackFaq, stackFaqPath } from './stackfaq.js';

// `npm run bench -- --only stackfaq,scale` runs those parts alone and prints them, leaving the results files as they are.
const PARTS = ['stackfaq', 'scale'] as const;
const { values: args } = parseArgs({
  options: { only: { type: 'string' }, rounds: { type: 'string', default: '3' } },
});
const only = args.only?.split(',').map((part) => part.trim());
const unknownPart = only?.find((part) => !(PARTS as readonly string[]).includes(part));
if (unknownPart) {
  process.stderr.write(`--only: unknown part "${unknownPart}"; the parts are ${PARTS.join(', ')}\n`);
  process.exit(2);
}
const scaleRounds = Number(args.rounds);
if (!Number.isInteger(scaleRounds) || scaleRounds < 1) {
  process.stderr.write(`--rounds: "${args.rounds}" is not a whole number above 0 (how often each question is timed at each size)\n`);
  process.exit(2);
}
const root = projectRoot();
if (only) {
  const faq = existsSync(stackFaqPath(root)) ? loadStackFaq(stackFaqPath(root)) : null;
  const stackFaq = only.includes('stackfaq') ? benchStackFaq(root) : null;
  const scale = faq && only.includes('scale') ? benchScale(root, faq, join(root, 'test', 'fixtures', 'content'), scaleRounds) : [];
  const teamFaq = faq && only.includes('scale') ? benchTeamFaq(root, faq, join(root, 'content')) : null;
  const lines = [
    ...(only.includes('stackfaq') ? stackFaqQualityLines(stackFaq) : []),
    ...(only.includes('scale') ? scaleLines(scale, teamFaq) : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exit(0);
}
const sets = loadQuestionSets(root);
const allQuestions = sets.flatMap((s) => s.questions.map((q) => q.q));
const kb = loadContent(join(root, 'content'));
const bot = createBot({ knowledgeBase: kb });

const core = benchCore(root, allQuestions);
// Messages as people write them: long first posts, several questions at once (each part is a search).
const messages = loadConversationalSets(root).flatMap((set) => set.messages.map((m) => m.q));
const realistic = summarise(timeAsks(bot, messages, 20));
const quality = compareEngines(bot, [plainMiniSearch(kb), plainLunr(kb)], sets);
const endToEnd = await benchEndToEnd();
// A public FAQ the engine was never fitted or tuned on (skipped, with a notice, when ../shared is not beside the project).
const stackFaq = benchStackFaq(root);
const faq = existsSync(stackFaqPath(root)) ? loadStackFaq(stackFaqPath(root)) : null;
const scale = faq ? benchScale(root, faq, join(root, 'test', 'fixtures', 'content'), scaleRounds) : [];
const teamFaq = faq ? benchTeamFaq(root, faq, join(root, 'content')) : null;
const proc = await benchProcess(root, allQuestions);

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
const ours = (set: string) => quality.find((r) => r.set === set && r.engine === 'this bot')!;
const lines = [
  '# Benchmark results',
  '',
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${core.entries} entries, ${allQuestions.length} questions.`,
  '',
  '## Core (in process)',
  '',
  '| figure | value |',
  '| --- | --- |',
  `| ask p50 | ${fmt(core.askP50Ms)} ms |`,
  `| ask p99 | ${fmt(core.askP99Ms)} ms |`,
  `| ask p50 / p99, ${messages.length} realistic messages (long posts, several questions, up to three parts) | ${fmt(realistic.p50)} / ${fmt(realistic.p99)} ms |`,
  `| questions per second (one core) | ${Math.round(core.questionsPerSecond)} |`,
  `| content load + validation | ${fmt(core.loadMs)} ms |`,
  `| index build | ${fmt(core.indexMs)} ms |`,
  `| cold start, \`ask --json\` to answer printed (median of 10) | ${fmt(core.coldStartMs)} ms |`,
  `| RSS after the run | ${fmt(core.rssMb)} MB |`,
  '',
  '## The running process (`npm start -- --serve`, HTTP API)',
  '',
  '| figure | value |',
  '| --- | --- |',
  `| start to /readyz green | ${fmt(proc.startToReadyMs)} ms |`,
  `| RSS idle | ${fmt(proc.rssIdleMb)} MB |`,
  `| RSS after ${proc.questions} questions over HTTP | ${fmt(proc.rssAfterMb)} MB |`,
  '',
  '## Answer quality, side by side (same content, same questions, same grading)',
  '',
  '| engine | question set | in-scope right | off-topic declined | p50 | p99 | p50 vs this bot |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...quality.map(
    (r) =>
      `| ${r.engine} | ${r.set} | ${pct(r.inScope)} | ${pct(r.offTopic)} | ${fmt(r.p50Ms)} ms | ${fmt(r.p99Ms)} ms | ${(r.p50Ms / ours(r.set).p50Ms).toFixed(2)}× |`,
  ),
  '',
  ...stackFaqLines(stackFaq, scale, teamFaq),
  '## End to end on loopback',
  '',
  '| path | samples | p50 | p99 |',
  '| --- | --- | --- | --- |',
  ...endToEnd.map((e) => `| ${e.path} | ${e.samples} | ${fmt(e.p50)} ms | ${fmt(e.p99)} ms |`),
  '',
];
/** The StackFAQ section; `scale` null leaves out the curve of cost against content (as `--only stackfaq` does). */
function stackFaqLines(stackFaq: ReturnType<typeof benchStackFaq>, scale: ScalePoint[] | null, teamFaq: ScalePoint | null): string[] {
  return [...stackFaqQualityLines(stackFaq), ...(scale ? scaleLines(scale, teamFaq) : [])];
}
function stackFaqQualityLines(stackFaq: ReturnType<typeof benchStackFaq>): string[] {
  if (!stackFaq) return ['## StackFAQ', '', `Skipped: ${stackFaqPath(root)} is not beside the project.`, ''];
  const f = (x: number) => x.toFixed(3);
  const a = stackFaq.answering;
  return [
    `## StackFAQ: a public FAQ the engine was never fitted on (${stackFaq.entries} entries, ${stackFaq.queries} rephrased queries)`,
    '',
    "The task as its README defines it: rank every entry per query; all answers of the query's thread are relevant.",
    'Nothing here learns from the rephrasings. Published figures are copied from `../shared/bench/stackfaq/README.md`.',
    '',
    '| engine | P@1 | P@5 | MRR | MAP |',
    '| --- | --- | --- | --- | --- |',
    ...stackFaq.ranking.map((r) => `| ${r.engine} | ${f(r.p1)} | ${f(r.p5)} | ${f(r.mrr)} | ${f(r.map)} |`),
    '| published: TSUBAKI (BM25), query vs question, unsupervised | | 0.638 | 0.669 | 0.698 |',
    '| published: BERT query vs answer, trained without the rephrasings | | 0.546 | 0.805 | 0.631 |',
    '| published: TSUBAKI + BERT, trained on 60% of the rephrasings | | 0.776 | 0.942 | 0.897 |',
    '| published: PoolRank+ (unsupervised, BERT and GPT-2 paraphrases) | | 0.75 | 0.90 | 0.88 |',
    '',
    `Answering (the answer / suggest / decline decision: the model fitted on our own content, read for this FAQ from the FAQ itself at load time, in ${fmt(a.calibrationMs)} ms): answered right ${pct(a.answeredRight)}, answered wrong ${pct(a.answeredWrong)}, wrong with confidence above 0.9 ${pct(a.confidentWrong)} of queries; ${a.withheldRight} right top hits withheld.`,
    '',
  ];
}
function scaleLines(scale: ScalePoint[], teamFaq: ScalePoint | null): string[] {
  return [
    '### How cost grows with content (StackFAQ copied as a team folder)',
    '',
    '| entries | load + validate | index build | ask p50 | ask p99 | cold start with snapshot (`ask --json`) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...scale.map(
      (p) =>
        `| ${p.entries} | ${fmt(p.loadMs)} ms | ${fmt(p.indexMs)} ms | ${fmt(p.askP50Ms)} ms | ${fmt(p.askP99Ms)} ms | ${fmt(p.coldStartMs)} ms |`,
    ),
    '',
    ...(teamFaq
      ? [
          `A team FAQ of 300 entries beside the shipped content (${teamFaq.entries} entries in all): load + validate ${fmt(teamFaq.loadMs)} ms, index ${fmt(teamFaq.indexMs)} ms, ask p50 ${fmt(teamFaq.askP50Ms)} ms, p99 ${fmt(teamFaq.askP99Ms)} ms, cold start ${fmt(teamFaq.coldStartMs)} ms.`,
          '',
        ]
      : []),
  ];
}

const resultsFile = join(root, 'bench', 'results.md');
// The soak figures (`npm run soak`) are kept: this run does not measure them.
const soak = existsSync(resultsFile) ? soakSectionOf(readFileSync(resultsFile, 'utf8')) : '';
const markdown = withSoakSection(lines.join('\n'), soak);
writeFileSync(resultsFile, markdown);
writeFileSync(
  join(root, 'bench', 'results.json'),
  JSON.stringify({ core, realistic, process: proc, quality, endToEnd, stackFaq, scale, teamFaq }, null, 2),
);
process.stdout.write(markdown);
