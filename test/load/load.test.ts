import { describe, expect, it } from 'vitest';
import { loadDiscord, loadSlack, memoryUnderQuestions } from '../../bench/load.js';
import { fixtureBot, FIXTURE_CONTENT } from '../helpers.js';

// Reduced sizes for `npm test`; `npm run soak` runs 2,000 at 200 concurrent and 50,000 questions.
describe('under load on loopback', () => {
  it('acks 300 signed Slack events sent 50 at a time, each within 3 s, and answers each exactly once', async () => {
    const run = await loadSlack(300, 50, FIXTURE_CONTENT);
    expect(run.acked).toBe(300);
    expect(run.ackMax).toBeLessThan(3_000);
    expect(run).toMatchObject({ answeredOnce: 300, answeredTwice: 0, unanswered: 0 });
  }, 60_000);

  it('answers 300 Discord interactions dispatched 50 at a time with exactly one callback each, within 3 s', async () => {
    const run = await loadDiscord(300, 50, FIXTURE_CONTENT);
    expect(run.acked).toBe(300);
    expect(run.ackMax).toBeLessThan(3_000);
    expect(run).toMatchObject({ answeredOnce: 300, answeredTwice: 0, unanswered: 0 });
  }, 60_000);

  it('keeps the core heap flat over 5,000 varied questions', () => {
    const bot = fixtureBot();
    const { heapMb } = memoryUnderQuestions(bot, 5_000);
    // After the first checkpoint (JIT, caches warm), growth stays under a few MB: nothing accumulates per question.
    const growth = Math.max(...heapMb.slice(1)) - heapMb[1]!;
    expect(growth).toBeLessThan(8);
  });
});
