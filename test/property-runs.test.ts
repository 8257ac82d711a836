import { describe, expect, it } from 'vitest';
import { propertyRuns } from './property-runs.js';

describe('FAST_CHECK_RUNS', () => {
  it('gives each property its own full count when unset, and the count it says when set', () => {
    expect(propertyRuns(10_000, {})).toBe(10_000);
    expect(propertyRuns(10_000, { FAST_CHECK_RUNS: ' ' })).toBe(10_000);
    expect(propertyRuns(10_000, { FAST_CHECK_RUNS: '50' })).toBe(50);
  });

  it('refuses a count that is not a whole number, naming the variable', () => {
    expect(() => propertyRuns(100, { FAST_CHECK_RUNS: 'lots' })).toThrow(
      'FAST_CHECK_RUNS must be a whole number of runs such as 50 (got "lots")',
    );
    expect(() => propertyRuns(100, { FAST_CHECK_RUNS: '0' })).toThrow(/FAST_CHECK_RUNS/);
  });
});
