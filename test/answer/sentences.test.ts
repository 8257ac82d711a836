import { describe, expect, it } from 'vitest';
import { firstSentences, sentencesOf } from '../../src/answer/build.js';
import { embeddedQuestion } from '../../src/understand/split.js';

describe('sentences of an answer', () => {
  const text =
    'Keep p99 under 300 ms and 99.9% of requests good over 30 days. Quorums (e.g. 3 of 5) survive two dead nodes. Why? Majorities overlap.';

  it('loses no text around decimals and abbreviations: joined again, the sentences are the text', () => {
    expect(sentencesOf(text).join('')).toBe(text);
  });

  it('does not end a sentence inside "99.9%" or "e.g."', () => {
    const trimmed = sentencesOf(text).map((s) => s.trim());
    expect(trimmed[0]).toBe('Keep p99 under 300 ms and 99.9% of requests good over 30 days.');
    expect(trimmed[1]).toBe('Quorums (e.g. 3 of 5) survive two dead nodes.');
  });

  it('cuts a long text at a sentence end, never inside a number', () => {
    expect(firstSentences(text, 70).trim()).toBe('Keep p99 under 300 ms and 99.9% of requests good over 30 days.');
  });
});

describe('a task told in a statement', () => {
  it.each([
    ['drafting a staff posting for our storage team', 'how to draft a staff posting for our storage team'],
    ["I'm writing our first design doc template", 'how to write our first design doc template'],
    ['setting up our first self-managed k8s control plane', 'how to set up our first self-managed k8s control plane'],
    ['building things is fun and I like it a lot', null],
  ])('%s', (sentence, question) => {
    expect(embeddedQuestion(sentence)).toBe(question);
  });
});

describe('a gist cut before a list', () => {
  it('does not end on the sentence that announces the list', () => {
    const text =
      'Incidents are strong evidence when you record what changed. For a promotion case, show growth against the level:\n- one incident led\n- a design fix afterwards';
    expect(firstSentences(text, 130)).toBe('Incidents are strong evidence when you record what changed.');
  });
});

describe('bold and italic leads in a cut text', () => {
  it('keeps the closing marker of a question in bold with the sentence it closes', () => {
    expect(sentencesOf('Do this first. **Open source or your own project?** Either works.')).toEqual([
      'Do this first. ',
      '**Open source or your own project?**',
      ' Either works.',
    ]);
  });

  it('never ends a cut on a lead in bold or italics whose answer was cut off, nor leaves one open', () => {
    const text = 'A Byzantine fault is a node that behaves arbitrarily. **Do you need it?** Usually not, inside one trusted organisation.';
    const cut = firstSentences(text, 80);
    expect(cut).toBe('A Byzantine fault is a node that behaves arbitrarily.');
    expect(firstSentences('Take the systems courses first. *No internship?* Build a project that survives failures.', 50)).toBe(
      'Take the systems courses first.',
    );
  });

  it('does not end a sentence at a question quoted inside it', () => {
    // A cut there dropped what the sentence says of the question ("definitely not" or "probably yes").
    const text =
      'A Bloom filter answers "is this key in the set?" with either "definitely not" or "probably yes". It never lies about absence.';
    expect(sentencesOf(text)).toEqual([
      'A Bloom filter answers "is this key in the set?" with either "definitely not" or "probably yes". ',
      'It never lies about absence.',
    ]);
  });
});
