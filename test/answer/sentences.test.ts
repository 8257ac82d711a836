import { describe, expect, it } from 'vitest';
import { firstSentences, sentencesOf } from '../../src/answer/build.js';

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
