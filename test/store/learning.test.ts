import { describe, expect, it } from 'vitest';
import { BACKENDS, useTestDatabase } from './backends.js';
import { DAY, HOUR, manualClock, seedHistory, T0 } from './seed.js';

describe.each(BACKENDS.map((b) => [b.name, b] as const))('%s store: the admin console and the learning loop', (_, backend) => {
  const db = useTestDatabase(backend);
  const week = [T0 - 7 * DAY, T0 + 1] as const;

  it('counts questions, answers, misses and votes per day and platform', async () => {
    const clock = manualClock();
    const store = await db().open({ now: clock.now });
    await seedHistory(store, clock);
    const days = await store.learning.daily(...week);
    const total = (key: 'questions' | 'answered' | 'unanswered' | 'up' | 'down') => days.reduce((t, d) => t + d[key], 0);
    expect(total('questions')).toBe(11);
    expect(total('answered')).toBe(6);
    expect(total('unanswered')).toBe(4);
    // One vote per person and answer: the cli's four anonymous votes count as four.
    expect([total('up'), total('down')]).toEqual([5, 4]);
    expect(days.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.day))).toBe(true);
    const discordDay = days.find((d) => d.platform === 'discord' && d.unanswered > 0)!;
    expect(discordDay.day).toBe(new Date(T0 - 40 * HOUR).toISOString().slice(0, 10));
  });

  it('groups misses by their normalised text, with platforms and the entry clicked right after', async () => {
    const clock = manualClock();
    const store = await db().open({ now: clock.now });
    await seedHistory(store, clock);
    clock.at = T0 - HOUR;
    await store.recordQuestion({
      platform: 'slack',
      userId: 'U7',
      question: 'what is kubernetes',
      outcome: 'suggestions',
      entryId: null,
      confidence: 0.3,
      latencyMs: 1,
    });
    clock.at = T0 - HOUR + 60_000;
    await store.recordClick({ platform: 'slack', userId: 'U7', kind: 'suggestion', fromKey: null, entryId: 'container-orchestration' });
    await store.flush();
    const missed = await store.learning.missed(...week, 10);
    expect(missed[0]).toMatchObject({
      normalized: 'what is kubernetes',
      count: 4,
      declined: 3,
      platforms: { slack: 3, discord: 1 },
      clickedAfter: { 'container-orchestration': 1 },
      firstAskedAt: T0 - 70 * HOUR,
      lastAskedAt: T0 - HOUR,
    });
    expect(missed.map((m) => m.normalized)).toEqual(['what is kubernetes', 'kubernetes ingress']);
  });

  it('hides accepted and rejected questions from the misses, and hands accepted ones out in order', async () => {
    const clock = manualClock();
    const store = await db().open({ now: clock.now });
    await seedHistory(store, clock);
    await store.learning.accept('What is Kubernetes?', 'container-orchestration');
    await store.learning.reject('Kubernetes ingress!');
    await store.learning.accept('k8s explained', 'container-orchestration');
    expect(await store.learning.missed(...week, 10)).toEqual([]);
    const accepted = await store.learning.acceptedSince(0);
    expect(accepted.map((a) => [a.question, a.entryId])).toEqual([
      ['What is Kubernetes?', 'container-orchestration'],
      ['k8s explained', 'container-orchestration'],
    ]);
    expect(accepted[0]!.id).toBeLessThan(accepted[1]!.id);
    expect(await store.learning.acceptedSince(accepted[0]!.id)).toEqual([accepted[1]]);
    // Another replica opening the same database sees the same.
    expect(await (await db().open()).learning.acceptedSince(0)).toEqual(accepted);
  });

  it('lists the lowest-rated answers with the questions behind their 👎', async () => {
    const clock = manualClock();
    const store = await db().open({ now: clock.now });
    clock.at = T0 - HOUR;
    await store.recordFeedback({
      platform: 'slack',
      userId: 'U1',
      answerKey: 'raft+paxos',
      helpful: false,
      question: 'raft or paxos for my kv store',
    });
    await store.recordFeedback({ platform: 'slack', userId: 'U2', answerKey: 'raft+paxos', helpful: false, question: 'paxos vs raft' });
    await store.recordFeedback({ platform: 'slack', userId: 'U3', answerKey: 'crdt', helpful: true, question: 'crdt' });
    await store.recordFeedback({ platform: 'slack', userId: 'U4', answerKey: 'crdt', helpful: false, question: 'crdts in practice' });
    await store.flush();
    const rated = await store.learning.lowestRated(...week, 10);
    expect(rated.map((r) => [r.answerKey, r.up, r.down])).toEqual([
      ['raft+paxos', 0, 2],
      ['crdt', 1, 1],
    ]);
    expect([...rated[0]!.questions].sort()).toEqual(['paxos vs raft', 'raft or paxos for my kv store']);
    expect(rated[1]!.questions).toEqual(['crdts in practice']);
  });
});
