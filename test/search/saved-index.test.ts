import { describe, expect, it } from 'vitest';
import type { AsPlainObject } from 'minisearch';
import { createBot, loadContent, type Answer, type BotSnapshot } from '../../src/index.js';
import { REAL_CONTENT } from '../helpers.js';

const content = loadContent(REAL_CONTENT);
const built = createBot({ knowledgeBase: content });
const questions = [
  ...content.entries.flatMap((entry) => [entry.title, ...entry.questions.slice(0, 2)]),
  'wats a crdt',
  'how do i get into distribted systems from fronted work',
  'what is the difference between linearizabilty and serializabilty',
  'idempotncy keys - do i keep them in redis or in the db?',
  'is my kubernets yaml job real infra work',
];
const gist = (answer: Answer) => ({
  kind: answer.kind,
  entryId: answer.entryId,
  comparedIds: answer.comparedIds,
  confidence: answer.confidence,
  summary: answer.summary,
  suggestions: answer.suggestions.map((s) => s.id),
  alternatives: answer.alternatives.map((s) => s.id),
  parts: answer.parts.map((p) => p.entryId),
});
const expected = questions.map((q) => gist(built.ask(q, { platform: 'cli' })));

/** The index as a start saves it (JSON), MiniSearch's part read through `read`, as the boot adapter does. */
function saved(read: (plain: AsPlainObject) => AsPlainObject): BotSnapshot {
  const { miniSearch, ...light } = createBot({ knowledgeBase: content }).searchSnapshot();
  const plain = JSON.parse(JSON.stringify(typeof miniSearch === 'function' ? miniSearch() : miniSearch)) as AsPlainObject;
  return { ...(JSON.parse(JSON.stringify(light)) as Omit<BotSnapshot, 'miniSearch'>), miniSearch: () => read(plain) };
}

describe('a start from a saved index', () => {
  it('answers every question as the bot that built its index did', () => {
    const bot = createBot({ knowledgeBase: content, searchSnapshot: saved((plain) => plain) });
    expect(questions.map((q) => gist(bot.ask(q, { platform: 'cli' })))).toEqual(expected);
  });

  it('reads MiniSearch only for a word the content does not hold, once', () => {
    let reads = 0;
    const bot = createBot({
      knowledgeBase: content,
      searchSnapshot: saved((plain) => {
        reads += 1;
        return plain;
      }),
    });
    bot.ask('what is a quorum', { platform: 'cli' });
    bot.ask('raft vs paxos', { platform: 'cli' });
    expect(reads).toBe(0);
    bot.ask('what is a quorom', { platform: 'cli' });
    bot.ask('wat is linearizabilty', { platform: 'cli' });
    expect(reads).toBe(1);
  });

  it('learns a question (MiniSearch read for it), and leaves the other answers as they were', () => {
    const bot = createBot({ knowledgeBase: content, searchSnapshot: saved((plain) => plain) });
    expect(bot.learn([{ entryId: 'do-staff-engineers-code', question: 'best laptop for coding' }])).toBe(1);
    expect(bot.ask('best laptop for coding', { platform: 'cli' }).entryId).toBe('do-staff-engineers-code');
    const learned = createBot({ knowledgeBase: content });
    learned.learn([{ entryId: 'do-staff-engineers-code', question: 'best laptop for coding' }]);
    expect(questions.map((q) => gist(bot.ask(q, { platform: 'cli' })))).toEqual(
      questions.map((q) => gist(learned.ask(q, { platform: 'cli' }))),
    );
  });

  it('indexes the content again when MiniSearch’s part can no longer be read, and answers the same', () => {
    const bot = createBot({
      knowledgeBase: content,
      searchSnapshot: saved(() => {
        throw new Error('ENOENT: pruned by a newer start');
      }),
    });
    expect(questions.map((q) => gist(bot.ask(q, { platform: 'cli' })))).toEqual(expected);
  });
});
