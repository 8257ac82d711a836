import { parseArgs } from 'node:util';
import { grade, gradeConversation, gradeMessage, shownText, summarise, summariseConversational, type Bot } from '../../src/index.js';
import { bootstrap } from '../boot/content.js';
import { loadConversationalSets, loadQuestionSets, type ConversationalSet } from './question-sets.js';

/** Below these the run fails: the targets the project holds itself to on its crisp question sets. */
const MIN_IN_SCOPE = 0.95;
const MIN_OFF_TOPIC = 0.9;
/** The targets for messages as people write them (issue "Answer people the way they really write"). */
const CONVERSATIONAL_TARGETS = { inScope: 0.9, offTopic: 0.9, secondTurn: 0.85, medianShown: 900, comparisonShown: 1500 };

const { values } = parseArgs({ options: { quiet: { type: 'boolean', short: 'q' } } });
const bot = await bootstrap();
const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const ratio = ({ passed, total }: { passed: number; total: number }) => (total === 0 ? 1 : passed / total);
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

/** Grades a conversational set: each message on its own, each conversation's second turn after its first. */
export function gradeSet(bot: Bot, set: ConversationalSet) {
  const messages = set.messages.map((m) => {
    const answer = bot.ask(m.q.replace(/\s*\n\s*/g, ' '), { platform: 'eval' });
    return {
      grade: gradeMessage(m, answer, shownText(answer), set.known),
      comparison: answer.comparedIds.length > 0 || answer.entryKind === 'comparison',
    };
  });
  const conversations = set.conversations.map((c) => {
    const first = bot.ask(c.first, { platform: 'eval' });
    return gradeConversation(c, bot.ask(c.second, { platform: 'eval' }, first.conversation));
  });
  return summariseConversational(messages, conversations);
}

let conversationalShortfalls = 0;
for (const set of loadConversationalSets()) {
  if (set.messages.length === 0 && set.conversations.length === 0) continue;
  const s = gradeSet(bot, set);
  const t = CONVERSATIONAL_TARGETS;
  const mark = (good: boolean) => {
    if (!good) conversationalShortfalls += 1;
    return good ? '' : '  (below target)';
  };
  console.log(
    `${set.name}: ${set.messages.length} messages, ${set.conversations.length} two-turn conversations${set.heldOut ? ' (not used for tuning)' : ''}`,
  );
  console.log(
    `  in scope answered by a right entry: ${pct(ratio(s.inScope))} (${s.inScope.passed}/${s.inScope.total}; target ${pct(t.inScope)})${mark(ratio(s.inScope) >= t.inScope)}`,
  );
  console.log(`  every part answered, multi-part messages: ${s.multiPart.passed}/${s.multiPart.total}`);
  console.log(
    `  off-topic declined: ${pct(ratio(s.offTopic))} (${s.offTopic.passed}/${s.offTopic.total}; target ${pct(t.offTopic)})${mark(ratio(s.offTopic) >= t.offTopic)}`,
  );
  console.log(
    `  second turn right: ${pct(ratio(s.secondTurn))} (${s.secondTurn.passed}/${s.secondTurn.total}; target ${pct(t.secondTurn)})${mark(ratio(s.secondTurn) >= t.secondTurn)}`,
  );
  console.log(
    `  shown first: median ${s.medianShown} chars (target ≤ ${t.medianShown}), longest comparison ${s.longestComparisonShown} (target ≤ ${t.comparisonShown})`,
  );
  if (!values.quiet) for (const f of s.failures) console.log(`  MISS ${f}`);
}
// The exit code follows the question sets the tests gate on; the conversational targets are reported, not gated.
const conversationalBelow =
  conversationalShortfalls > 0 ? `; ${conversationalShortfalls} conversational figure(s) below target (reported above, not gated)` : '';
console.log(`${ok ? 'eval: gated targets met (shared dev set, project set)' : 'eval: below target'}${conversationalBelow}`);
process.exit(ok ? 0 : 1);
