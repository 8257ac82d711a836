import { describe, expect, it } from 'vitest';
import { truncateAtWord } from '../../src/index.js';

describe('truncateAtWord', () => {
  it('cuts at the last space in the second half, drops dangling punctuation, and marks the cut', () => {
    expect(truncateAtWord('Distributed systems engineer versus site reliability engineer', 30)).toBe('Distributed systems engineer…');
    expect(truncateAtWord('Quorums, leases, fencing tokens and more', 18)).toBe('Quorums, leases…');
  });

  it('cuts inside a word only when no space is near enough', () => {
    expect(truncateAtWord('Supercalifragilistic expialidocious', 10)).toBe('Supercali…');
  });

  it('returns text that fits as it is, and never anything longer than asked', () => {
    expect(truncateAtWord('short', 5)).toBe('short');
    for (const max of [1, 2, 7, 30])
      expect(truncateAtWord('a b c d e f g h i j k l m n o p q r s t u v w x y z', max).length).toBeLessThanOrEqual(max);
  });
});
