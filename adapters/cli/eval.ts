import { parseArgs } from 'node:util';
import { grade, summarise } from '../../src/eval/grade.js';
import { bootstrap } from './bootstrap.js';
import { loadQuestionSets } from './question-sets.js';

/** Below these the run fails: the targets the project holds itself to. */
const MIN_IN_SCOPE = 0.95;
const MIN_OFF_TOPIC = 0.9;

const { values } = parseArgs({ options: { quiet: { type: 'boolean', short: 'q' } } });
const bot = await bootstrap();
const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;
let ok = true;

for (const set of loadQuestionSets()) {
  const grades = set.questions.map((q) => grade(q, bot.ask(q.q, { platform: 'eval' })));
  const { inScope, offTopic, failures } = summarise(grades);
  const good = inScope.rate >= MIN_IN_SCOPE && offTopic.rate >= MIN_OFF_TOPIC;
  ok &&= good;
  console.log(`${set.name}: ${set.questions.length} questions`);
  console.log(`  in-scope accuracy: ${pct(inScope.rate)} (${inScope.passed}/${inScope.total}; target ${pct(MIN_IN_SCOPE)})`);
  console.log(`  off-topic declined: ${pct(offTopic.rate)} (${offTopic.passed}/${offTopic.total}; target ${pct(MIN_OFF_TOPIC)})`);
  if (!values.quiet) for (const f of failures) console.log(`  FAIL ${f.question.id} ${JSON.stringify(f.question.q)}: ${f.reason}`);
}
console.log(ok ? 'eval: targets met' : 'eval: below target');
process.exit(ok ? 0 : 1);
