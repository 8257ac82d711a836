import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, projectRoot } from '../adapters/cli/paths.js';
import { createBot, loadContent } from '../src/index.js';
import { loadDiscord, loadSlack, memoryUnderQuestions, type LoadFigures } from './load.js';
import { fmt } from './stats.js';

/** The full-size runs behind `npm run soak`: 2,000 events at 200 concurrent per platform, 50,000 questions. */
const slack = await loadSlack(2000, 200);
const discord = await loadDiscord(2000, 200);
const memory = memoryUnderQuestions(createBot({ knowledgeBase: loadContent(contentDir()) }), 50_000, 10);
const growth = Math.max(...memory.heapMb.slice(1)) - memory.heapMb[1]!;

const row = (name: string, r: LoadFigures) =>
  `| ${name} | ${r.sent} at ${r.concurrency} | ${r.acked} | ${fmt(r.ackP50)} ms | ${fmt(r.ackP99)} ms | ${fmt(r.ackMax)} ms | ${r.answeredOnce} | ${r.answeredTwice} | ${r.unanswered} |`;
const markdown = [
  '# Soak results',
  '',
  '| path | sent | acked | ack p50 | ack p99 | ack max | answered once | twice | never |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  row('Slack HTTP (signed app_mention)', slack),
  row('Discord (INTERACTION_CREATE → callback)', discord),
  '',
  `Core heap after full GC over ${memory.questions} varied questions: ${memory.heapMb.map((m) => fmt(m)).join(' → ')} MB; growth after warm-up ${fmt(growth)} MB (bound: 10 MB).`,
  '',
].join('\n');
writeFileSync(join(projectRoot(), 'bench', 'soak-results.md'), markdown);
process.stdout.write(markdown);
const ok = [slack, discord].every((r) => r.acked === r.sent && r.ackMax < 3000 && r.answeredOnce === r.sent) && growth < 10;
process.exit(ok ? 0 : 1);
