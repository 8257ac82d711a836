import { describe, expect, it } from 'vitest';
import { foldText, processWord, splitWords } from '../../src/text/normalize.js';
import { createSynonymExpander } from '../../src/text/synonyms.js';

describe('normalisation', () => {
  it('folds case and accents', () => {
    expect(foldText('Paxós ÉCOLE')).toBe('paxos ecole');
  });

  it('removes zero-width and right-to-left controls that would split a word', () => {
    expect(splitWords('CR\u200BDT \u202Eraft')).toEqual(['crdt', 'raft']);
  });

  it('splits on punctuation, hyphens included', () => {
    expect(splitWords('split-brain, exactly-once & 2PC?')).toEqual(['split', 'brain', 'exactly', 'once', '2pc']);
  });

  it('drops chat filler, inflected or not', () => {
    for (const word of ['whats', 'wats', 'tell', 'me', 'about', 'pls', 'needed', 'the']) expect(processWord(word)).toBeNull();
  });

  it('stems inflections to one form', () => {
    expect(processWord('partitioning')).toBe(processWord('partitions'));
    expect(processWord('replicated')).toBe(processWord('replication'));
  });

  it('keeps "internal" apart from "intern": an internal tool asks nothing about internships', () => {
    expect(processWord('internal')).not.toBe(processWord('intern'));
    expect(processWord('internals')).toBe(processWord('internal'));
    expect(processWord('interns')).toBe(processWord('intern'));
  });

  it('treats British and American spellings alike', () => {
    expect(processWord('serialisation')).toBe(processWord('serialization'));
  });

  it('reads a duration as the time the content writes, keeping status codes and meetings as numbers', () => {
    expect(processWord('30s')).toBe(processWord('seconds'));
    expect(processWord('429s')).toBe('429');
    expect(processWord('1s')).not.toBe(processWord('seconds'));
  });
});

describe('synonym expansion', () => {
  const expander = createSynonymExpander({ sre: ['site reliability engineer'], twopc: ['2pc', 'two phase commit'] });

  it('adds the canonical term after a multi-word variant, keeping the words', () => {
    expect(expander.expand(['a', 'site', 'reliability', 'engineer'])).toEqual(['a', 'site', 'reliability', 'engineer', 'sre']);
  });

  it('maps an acronym to the same canonical term as its spelled-out form', () => {
    expect(expander.expand(['2pc'])).toContain('twopc');
    expect(expander.expand(['two', 'phase', 'commit'])).toContain('twopc');
  });

  it('adds nothing for a partial phrase', () => {
    expect(expander.expand(['site', 'reliability'])).toEqual(['site', 'reliability']);
  });
});
