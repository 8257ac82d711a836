import { join } from 'node:path';
import { contentDir, projectRoot } from '../adapters/boot/paths.js';
import { createBot, loadContent } from '../src/index.js';
import { loadDiscord, loadSlack, memoryUnderQuestions, type LoadFigures, type MemoryFigures } from './load.js';
import { passes } from './load-shared.js';
import { uniqueWordsQuestion, variedQuestion } from './memory.js';
import { writeSoakSection } from './soak-section.js';
import { fmt } from './stats.js';

/**
 * `npm run soak`: the full-size load runs (2,000 Slack events and 2,000 Discord interactions at
 * 200 concurrent) and 50,000 questions through the core, twice: everyday and hostile wording.
 * Prints the figures, writes them into bench/results.md, exits 1 when a bound is missed.
 */
const SIZE = { events: 2000, concurrency: 200, questions: 50_000 };
/** Heap growth allowed after warm-up. Hostile wording grows the word cache, capped at 100,000 words of at most 40 characters. */
const BOUND_MB = { varied: 10, unique: 10 };

const slack = await loadSlack(SIZE.events, SIZE.concurrency);
const discord = await loadDiscord(SIZE.events, SIZE.concurrency);
const bot = () => createBot({ knowledgeBase: loadContent(contentDir()) });
const varied = memoryUnderQuestions(bot(), SIZE.questions, { checkpoints: 10, question: variedQuestion });
const unique = memoryUnderQuestions(bot(), SIZE.questions, { checkpoints: 10, question: uniqueWordsQuestion });

const row = (name: string, r: LoadFigures) =>
  `| ${name} | ${r.sent} at ${r.concurrency} | ${r.acked} | ${fmt(r.ackP50)} ms | ${fmt(r.ackP99)} ms | ${fmt(r.ackMax)} ms | ${r.answeredOnce} | ${r.answeredTwice} | ${r.unanswered} |`;
const heapLine = (name: string, m: MemoryFigures, bound: number) =>
  `| ${name} | ${m.questions} | ${m.heapMb.map((mb) => fmt(mb)).join(' → ')} | ${fmt(m.growthMb)} MB | < ${bound} MB |`;
const section = [
  '## Load and soak (`npm run soak`)',
  '',
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, the project's content; the fake platforms and the traffic run in a worker thread, off the bot's event loop; ${SIZE.concurrency} requests warm up first.`,
  '',
  '| path | sent | acked | ack p50 | ack p99 | ack max | answered once | twice | never |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  row('Slack HTTP: signed app_mention → HTTP 200 ack; chat.postMessage counted per event', slack),
  row(`Discord: INTERACTION_CREATE → interaction callback (deferred, then edited: ${discord.deferred ?? 0})`, discord),
  '',
  `| core heap after full GC | questions | heap after the first question, then every ${(SIZE.questions / 10).toLocaleString('en')} (MB) | growth after warm-up | bound |`,
  '| --- | --- | --- | --- | --- |',
  heapLine('everyday wording', varied, BOUND_MB.varied),
  heapLine('every question with new words', unique, BOUND_MB.unique),
  '',
].join('\n');

writeSoakSection(join(projectRoot(), 'bench', 'results.md'), section);
process.stdout.write(`${section}\n`);
const ok = passes(slack) && passes(discord) && varied.growthMb < BOUND_MB.varied && unique.growthMb < BOUND_MB.unique;
if (!ok) process.stderr.write('soak: a bound was missed (see above)\n');
process.exit(ok ? 0 : 1);
