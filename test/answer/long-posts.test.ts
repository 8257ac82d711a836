import { describe, expect, it } from 'vitest';
import { answerKey, createBot, loadContent, type Answer } from '../../src/index.js';
import { REAL_CONTENT } from '../helpers.js';

// A first post in an onboarding channel is often a paragraph of who-I-am before the question,
// which comes last. The bot must read to the end of it, however long the introduction.
const bot = createBot({ knowledgeBase: loadContent(REAL_CONTENT) });
const ask = (q: string) => bot.ask(q, { platform: 'slack' });
const ids = (answer: Answer) => (answer.kind === 'answer' ? answerKey(answer).split('+') : []);

const INTRODUCTION = [
  'Hey everyone! I just joined the platform team last week after about six years doing backend work at a mid-sized fintech, mostly Java services talking to Postgres and a bit of Kafka here and there.',
  'My manager pointed me at this channel and said the bot could help.',
  "I've been reading the onboarding docs and there's a lot of talk about consistency models, replication, partitions and so on, which I only half remember from university.",
  "We also have an on-call rotation that I'll be joining in a month, and honestly I'm a little nervous about it because at my old job the ops folks handled everything after deploy.",
  'Anyway, sorry for the wall of text.',
].join(' ');

describe('a long first post is read to its question at the end', () => {
  it.each([
    ['My actual question: what is the difference between an SRE and a distributed systems engineer?', 'dse-vs-sre'],
    ['So my question is, what does it actually take to get promoted to staff?', 'staff'],
    ['Can someone explain what a CRDT is?', 'crdt'],
  ])('… %s', (question, id) => {
    const post = `${INTRODUCTION} ${question}`;
    expect(post.length).toBeGreaterThan(600);
    expect(ids(ask(post))).toContain(id);
  });

  it('reads a question after two screens of introduction', () => {
    const post = `${INTRODUCTION} ${INTRODUCTION} ${INTRODUCTION} Which role fits me, SRE or distributed systems engineer?`;
    expect(post.length).toBeGreaterThan(1800);
    expect(ids(ask(post))).toContain('dse-vs-sre');
  });

  it('keeps a question that opens a long post', () => {
    const post = `What is a quorum? ${INTRODUCTION} ${INTRODUCTION}`;
    expect(ids(ask(post))).toContain('quorum');
  });
});

describe('who asks, then a story of what a system did (round twenty-nine)', () => {
  it('"I\'m a mid-level backend engineer ..." says where the asker works, not what is asked: the percentiles, not the level', () => {
    const post =
      "I'm a mid-level backend engineer at an insurance company. Our dashboards show average API latency around 90ms, which looks great, but support keeps forwarding complaints that the app is slow. Management says the numbers prove it's just the customers' home wifi. I'm not convinced at all. What should we actually be looking at?";
    expect(ids(ask(post))).toEqual(['latency-percentiles']);
  });

  it('"Data engineer, 5 yrs, at a fintech." before a story of reordered events answers with Kafka ordering', () => {
    const post =
      "Data engineer, 5 yrs, at a fintech. Our transactions topic had 12 partitions and the consumers couldn't keep up, so last sprint we bumped it to 48. Since then events for the same account sometimes get processed out of order and balances are briefly wrong in the app. We key every message by account id, so I thought ordering was safe. What did we break?";
    expect(ids(ask(post))).toEqual(['kafka-partitions-and-ordering']);
  });

  it('a question with no words of its own ("Is there a proper way to do this?") reads the story without who asks', () => {
    const post =
      'Backend engineer at a ticketing startup, 5 years of experience. Checkout calls payments, then inventory, then notifications, each its own service with its own database. Yesterday the payment went through but the inventory call failed, so customers were charged for seats they never got. We have no way to roll back across services. Is there a proper way to do this?';
    expect(ids(ask(post))).toEqual(['sagas']);
  });

  it("a student's post keeps who asks: it is about their way in", () => {
    const post =
      '2nd year cs student. i like my os class way more than the web dev stuff, and the infra side of things seems really cool. no internship lined up for this summer though. what should i be doing right now';
    expect(ids(ask(post))).toEqual(['from-student']);
  });

  it('one word of another field in a long story is its setting ("kitchen" services of a food delivery company)', () => {
    const post =
      'Our order service commits the order row to MySQL and then publishes an OrderPlaced event to Kafka. Twice this month the Kafka send timed out after the commit, so the order exists but the kitchen and courier services never heard about it. What do we do?';
    expect(ids(ask(post))).toEqual(['transactional-outbox']);
  });
});
