import { describe, expect, it } from 'vitest';
import { loadDiscord, loadSlack, memoryUnderQuestions } from '../../bench/load.js';
import { uniqueWordsQuestion } from '../../bench/memory.js';
import { fixtureBot, FIXTURE_CONTENT } from '../helpers.js';

// Reduced sizes for `npm test`; `npm run soak` runs 2,000 at 200 concurrent and 50,000 questions.
describe('under load on loopback', () => {
  it('acks 300 signed Slack events sent 50 at a time, each within 3 s, and answers each exactly once', async () => {
    const run = await loadSlack(300, 50, { content: FIXTURE_CONTENT });
    expect(run).toMatchObject({ acked: 300, answeredOnce: 300, answeredTwice: 0, unanswered: 0 });
    expect(run.ackMax).toBeLessThan(3_000);
  }, 60_000);

  it('answers 300 Discord interactions dispatched 50 at a time with exactly one callback each, within 3 s', async () => {
    const run = await loadDiscord(300, 50, { content: FIXTURE_CONTENT });
    expect(run).toMatchObject({ acked: 300, answeredOnce: 300, answeredTwice: 0, unanswered: 0 });
    expect(run.ackMax).toBeLessThan(3_000);
  }, 60_000);

  it('keeps the core heap flat over 5,000 varied questions', () => {
    // After the first checkpoint (code compiled, common words cached) nothing accumulates per question.
    expect(memoryUnderQuestions(fixtureBot(), 5_000).growthMb).toBeLessThan(5);
  });

  it('keeps the core heap bounded when every question brings words never seen before', () => {
    expect(memoryUnderQuestions(fixtureBot(), 5_000, { question: uniqueWordsQuestion }).growthMb).toBeLessThan(5);
  });
});
