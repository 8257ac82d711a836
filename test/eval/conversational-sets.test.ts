import { describe, expect, it } from 'vitest';
import { loadConversationalSets } from '../../adapters/cli/question-sets.js';
import { gradeMessage, messageSchema, parseJsonLines } from '../../src/eval/conversational.js';
import { createBot, loadContent, shownText } from '../../src/index.js';
import { REAL_CONTENT } from '../helpers.js';

describe('the conversational question sets', () => {
  it('all load, so that `npm run eval` grades every one of them rather than stopping at a bad line', () => {
    const sets = loadConversationalSets(undefined, { notice: () => undefined });
    expect(sets.filter((set) => set.heldOut).length).toBeGreaterThanOrEqual(10);
    for (const set of sets) expect(set.messages.length, set.name).toBeGreaterThan(0);
  });

  it('read a null `parts` as a message that asks one thing, graded by any of its entries', () => {
    const line = JSON.stringify({ id: 'x-1', q: 'wats a crdt', scope: 'in', ids_any: ['crdt'], parts: null });
    const [message] = parseJsonLines(line, 'inline.jsonl', messageSchema);
    const bot = createBot({ knowledgeBase: loadContent(REAL_CONTENT) });
    const answer = bot.ask(message!.q, { platform: 'eval' });
    const grade = gradeMessage(message!, answer, shownText(answer));
    expect(grade.passed).toBe(true);
    expect(grade.allParts).toBeNull();
  });
});
