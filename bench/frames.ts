/**
 * `npm run frames`: questions made, not written. Each concept's name put into everyday frames
 * ("how does {} work", "why does everyone talk about {}"), each comparison entry's two sides into
 * comparison frames, two concepts joined into one message in six ways, and a concept followed by
 * a follow-up that leans on it. Graded by the entry that answers, like the question sets. No
 * frame was tuned one by one: they check that what the engine reads holds for every entry, not
 * only for the questions someone wrote (the held-out sets do that for real messages).
 */
import { join } from 'node:path';
import { projectRoot } from '../adapters/boot/paths.js';
import { answeredIds } from '../src/eval/conversational.js';
import { createBot, loadContent, type Answer, type ConversationState } from '../src/index.js';

const kb = loadContent(join(projectRoot(), 'content'));
const bot = createBot({ knowledgeBase: kb });
const ask = (q: string, previous?: ConversationState | null): Answer => bot.ask(q, { platform: 'eval' }, previous);

const concepts = kb.entries.filter((e) => e.kind === 'concept').map((e) => ({ id: e.id, name: (e.aliases[0] ?? e.title).toLowerCase() }));

const CONCEPT_FRAMES = [
  'how does {} work',
  'how do {} work in practice',
  'what is {} used for',
  'can someone explain {} simply',
  'whats the deal with {}',
  'is {} worth learning',
  'eli5 {}',
  '{} explained like im new',
  'why does everyone talk about {}',
];
const COMPARISON_FRAMES = [
  '{a} vs {b}',
  'difference between {a} and {b}',
  'how is {a} different from {b}',
  'is {a} basically the same as {b}',
  '{a} or {b}, which one',
  'whats the actual diff between {a} and {b} lol',
  'can someone explain {a} vs {b} like im 5',
];
const JOINS = [
  'what is {a}, and how does {b} work?',
  '{a} eli5? also what about {b}',
  'two qs: what is {a} and why do people use {b}',
  'can someone explain {a}? and separately {b}',
  'whats {a}. oh and how is {b} used in practice',
  '1) what is {a} 2) what is {b}',
];
const FOLLOW_UPS = [
  'can you give me an example of it?',
  'what are the downsides?',
  'who actually uses it in production?',
  'why does it matter?',
  'ok so how does it work under the hood',
  'is it hard to get right?',
  'eli5 pls',
  'when would i not want it',
  'tell me more',
];

interface Tally {
  name: string;
  passed: number;
  total: number;
}

function concept(): Tally {
  const tally = { name: 'a concept in an everyday frame', passed: 0, total: 0 };
  for (const { id, name } of concepts)
    for (const frame of CONCEPT_FRAMES) {
      tally.total++;
      if (answeredIds(ask(frame.replace('{}', name))).includes(id)) tally.passed++;
    }
  return tally;
}

function comparison(): Tally {
  const tally = { name: 'two sides in a comparison frame', passed: 0, total: 0 };
  for (const entry of kb.entries.filter((e) => e.kind === 'comparison')) {
    const sides = entry.title
      .replace(/\(.*?\)|:.*$/g, '')
      .split(/ vs\.? /i)
      .map((side) => side.trim().toLowerCase());
    if (sides.length !== 2) continue;
    for (const frame of COMPARISON_FRAMES) {
      tally.total++;
      if (answeredIds(ask(frame.replace('{a}', sides[0]!).replace('{b}', sides[1]!))).includes(entry.id)) tally.passed++;
    }
  }
  return tally;
}

function twoParts(): Tally {
  const tally = { name: 'two concepts in one message (both answered)', passed: 0, total: 0 };
  concepts.forEach((a, i) => {
    const b = concepts[(i * 7 + 3) % concepts.length]!;
    if (a.id === b.id) return;
    tally.total++;
    const ids = answeredIds(ask(JOINS[i % JOINS.length]!.replace('{a}', a.name).replace('{b}', b.name)));
    if (ids.includes(a.id) && ids.includes(b.id)) tally.passed++;
  });
  return tally;
}

function followUps(): Tally {
  const tally = { name: 'a follow-up leaning on a concept', passed: 0, total: 0 };
  for (const { id, name } of concepts) {
    const first = ask(`what is ${name}`);
    if (!answeredIds(first).includes(id)) continue;
    for (const second of FOLLOW_UPS) {
      tally.total++;
      if (answeredIds(ask(second, first.conversation)).includes(id)) tally.passed++;
    }
  }
  return tally;
}

for (const { name, passed, total } of [concept(), comparison(), twoParts(), followUps()]) {
  console.log(`${name.padEnd(48)} ${passed}/${total} (${((100 * passed) / total).toFixed(1)}%)`);
}
