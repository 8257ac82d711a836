import { describe, expect, it } from 'vitest';
import { ANSWER_THRESHOLD, fullText } from '../../src/index.js';
import { fixtureBot } from '../helpers.js';

const bot = fixtureBot();
const ask = (q: string) => bot.ask(q, { platform: 'cli' });

describe('answering on fixture content', () => {
  it('answers an informal, misspelt definition question with the right entry', () => {
    const answer = ask('wats a crdt');
    expect(answer).toMatchObject({ kind: 'answer', entryId: 'crdt' });
    expect(answer.confidence).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
    expect(answer.details).toContain('state-based');
    expect(answer.sources[0]?.url).toMatch(/^https:\/\/doi\.org\//);
  });

  it('tolerates a typo in a content word', () => {
    expect(ask('gossip protocl').entryId).toBe('gossip');
  });

  it('finds an entry through an acronym it only spells out, and the reverse', () => {
    expect(ask('what does a site reliability engineer do').entryId).toBe('site-reliability-engineer');
    expect(ask('conflict free replicated data type').entryId).toBe('crdt');
  });

  it('answers a comparison with the comparison entry when one exists', () => {
    expect(ask('SRE vs DSE?').entryId).toBe('dse-vs-sre');
    expect(ask('difference between a site reliability engineer and a distributed systems engineer').entryId).toBe('dse-vs-sre');
  });

  it('builds a side-by-side answer for two entries without a comparison entry', () => {
    const answer = ask('crdt vs gossip');
    expect(answer.kind).toBe('answer');
    expect(answer.entryId).toBeNull();
    expect(answer.comparedIds).toEqual(['crdt', 'gossip']);
    // Compact: the names people use as the title, the gist of each side, the rest one click away.
    expect(answer.title).toBe('CRDT vs Gossip protocols');
    expect(answer.summary).toContain('**CRDT**:');
    expect(answer.summary).toContain('**Gossip protocols**:');
    expect(answer.summary.length).toBeLessThan(1500);
    // The whole answer says everything once: the details go on from the gists shown above them.
    expect(fullText(answer)).toContain('merges commute');
    const gist = answer.summary.split('\n\n')[0]!.replace('**CRDT**: ', '');
    expect(answer.details).not.toContain(gist);
  });

  it('routes a level question to the level entry', () => {
    expect(ask("what's needed for staff?").entryId).toBe('staff');
  });

  it('offers the related entries as follow-ups', () => {
    expect(ask('what is a crdt').related).toEqual([{ id: 'gossip', title: 'Gossip protocols' }]);
  });

  it.each(['how tall is mount everest', "what's for lunch", 'zzzz', 'sing me a song', 'convert 10 miles to km'])(
    'declines the off-topic %j and says what it can do',
    (question) => {
      const answer = ask(question);
      expect(answer.kind).toBe('decline');
      expect(answer.entryId).toBeNull();
      expect(answer.summary).toMatch(/careers in distributed systems/);
      expect(answer.suggestions.length).toBeGreaterThan(0);
    },
  );

  it('answers a question on a known topic although it uses words the content never does', () => {
    expect(ask('how do crdts handle deletes in a todo app')).toMatchObject({ kind: 'answer', entryId: 'crdt' });
  });

  it('offers "did you mean" choices when a question only partly matches', () => {
    const answer = ask('do crdts use gossip');
    expect(answer.kind).toBe('suggestions');
    expect(answer.suggestions.map((s) => s.id).sort()).toEqual(['crdt', 'gossip']);
  });

  it('greets, thanks, helps and lists topics without searching', () => {
    expect(ask('hi').kind).toBe('greeting');
    expect(ask('thanks!').kind).toBe('thanks');
    expect(ask('help').summary).toMatch(/SRE vs DSE/);
    const browse = ask('topics');
    expect(browse.kind).toBe('browse');
    expect(browse.catalogue.map((g) => g.kind)).toEqual(['role', 'level', 'comparison', 'concept']);
  });

  it('shows an entry by id for follow-up buttons, and nothing for an unknown id', () => {
    expect(bot.answerFor('gossip', { platform: 'cli' })?.title).toBe('Gossip protocols');
    expect(bot.answerFor('nope', { platform: 'cli' })).toBeNull();
  });

  it('completes a partly typed question from titles and alternate questions', () => {
    const choices = bot.complete('gossip pro');
    expect(choices[0]).toEqual({ text: 'Gossip protocols', entryId: 'gossip' });
    expect(bot.complete('', 3)).toHaveLength(3);
    expect(bot.complete('conflict', 25, 10).every((c) => c.text.length <= 10)).toBe(true);
  });
});
