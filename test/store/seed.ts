import type { QuestionRecord } from '../../src/ports.js';
import type { DatabaseStore } from '../../adapters/store/database-store.js';

export const T0 = Date.UTC(2025, 2, 10, 12, 0, 0);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A clock the test moves by hand; stores read it for record times and expiry. */
export function manualClock(start = T0) {
  const clock = { at: start, now: () => clock.at };
  return clock;
}

type Asked = [
  hoursBeforeT0: number,
  platform: string,
  userId: string | undefined,
  question: string,
  outcome: string,
  entryId: string | null,
];

/** Eleven questions in the week before T0, two more before that (outside a 7-day report). */
export const HISTORY: Asked[] = [
  [100, 'slack', 'U1', 'What is a CRDT?', 'answer', 'crdt'],
  [90, 'slack', 'U2', 'wats a crdt', 'answer', 'crdt'],
  [80, 'slack', 'U1', 'raft vs paxos', 'answer', 'raft+paxos'],
  [70, 'slack', 'U3', 'What is Kubernetes?', 'decline', null],
  [60, 'slack', 'U2', 'what is kubernetes', 'decline', null],
  [50, 'slack', 'U3', 'hello', 'greeting', null],
  [40, 'discord', 'D1', 'WHAT IS KUBERNETES??', 'decline', null],
  [30, 'discord', 'D1', 'Kubernetes ingress', 'suggestions', null],
  [20, 'discord', 'D2', 'crdt', 'answer', 'crdt'],
  [10, 'discord', 'D2', 'staff engineer expectations', 'answer', 'level-staff'],
  [5, 'cli', undefined, 'quorum', 'answer', 'quorum'],
  [240, 'slack', 'U9', 'an old unanswered question', 'decline', null],
  [240, 'slack', 'U9', 'crdt', 'answer', 'crdt'],
];

type Voted = [hoursBeforeT0: number, platform: string, userId: string | undefined, answerKey: string, helpful: boolean];

export const VOTES: Voted[] = [
  [99, 'slack', 'U1', 'crdt', true],
  [19, 'discord', 'D2', 'crdt', false],
  [79, 'slack', 'U1', 'raft+paxos', false],
  [78, 'slack', 'U2', 'raft+paxos', false],
  [9, 'discord', 'D2', 'level-staff', true],
  [4, 'cli', undefined, 'quorum', true],
  [4, 'cli', undefined, 'quorum', true],
  [4, 'cli', undefined, 'quorum', true],
  [4, 'cli', undefined, 'quorum', false],
  ...Array.from({ length: 5 }, (): Voted => [240, 'slack', 'U9', 'crdt', false]),
];

/** Records the history through the store, as the bot would have over ten days, and writes it. */
export async function seedHistory(store: DatabaseStore, clock: { at: number }): Promise<void> {
  for (const [hours, platform, userId, question, outcome, entryId] of HISTORY) {
    clock.at = T0 - hours * HOUR;
    const record: QuestionRecord = { platform, userId, question, outcome, entryId, confidence: 0.5, latencyMs: 1.5, channelType: 'dm' };
    await store.recordQuestion(record);
  }
  for (const [hours, platform, userId, answerKey, helpful] of VOTES) {
    clock.at = T0 - hours * HOUR;
    await store.recordFeedback({ platform, userId, answerKey, helpful, question: 'q' });
  }
  clock.at = T0 - 2 * HOUR;
  await store.recordClick({ platform: 'slack', userId: 'U1', kind: 'related', fromKey: 'crdt', entryId: 'gossip' });
  await store.recordClick({ platform: 'slack', userId: 'U2', kind: 'suggestion', fromKey: null, entryId: 'crdt' });
  await store.recordClick({ platform: 'discord', userId: 'D1', kind: 'starter', fromKey: null, entryId: 'raft' });
  clock.at = T0;
  if (!(await store.flush())) throw new Error('seed: records were not written');
}
