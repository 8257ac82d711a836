import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../src/answer/intents.js';

describe('detectIntent', () => {
  it.each([
    ['SRE vs DSE?', ['sre', 'dse']],
    ['difference between a data engineer and a DSE', ['data engineer', 'dse']],
    ['how does raft differ from paxos', ['raft', 'paxos']],
    ['compare kafka and rabbitmq', ['kafka', 'rabbitmq']],
    ['raft or paxos?', ['raft', 'paxos']],
  ])('reads %j as a comparison of two sides', (question, sides) => {
    expect(detectIntent(question)).toEqual({ type: 'comparison', sides });
  });

  it('does not take a long question with "or" as a comparison', () => {
    expect(detectIntent('what happens when one or more replicas fall behind during a network partition').type).not.toBe('comparison');
  });

  it.each(['is it actually different or just marketing', 'is the new title really different or just a rebrand'])(
    'does not take a verdict offered as the other option as a second side: %j',
    (question) => {
      expect(detectIntent(question).type).not.toBe('comparison');
    },
  );

  it.each([
    ["what's needed for staff?", 'staff'],
    ['entry level requirements', 'entry'],
    ['what does a principal engineer own', 'principal'],
    ['skills for a senior engineer', 'senior'],
    ['junior', 'entry'],
  ])('reads %j as a question about level %s', (question, level) => {
    expect(detectIntent(question)).toEqual({ type: 'level', level });
  });

  it.each([
    ['hi', 'greeting'],
    ['Hello there!', 'greeting'],
    ['', 'greeting'],
    ['thanks!', 'thanks'],
    ['thank you so much', 'thanks'],
    ['help', 'help'],
    ['what can you do?', 'help'],
    ['topics', 'browse'],
    ['what can you answer?', 'browse'],
    ['wats a crdt', 'definition'],
    ['define eventual consistency', 'definition'],
    ['how do distributed transactions commit atomically across shards', 'question'],
  ])('reads %j as %s', (question, type) => {
    expect(detectIntent(question).type).toBe(type);
  });
});
