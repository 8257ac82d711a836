import fc from 'fast-check';

/**
 * How many runs a fast-check property gets: `full` (its own count, what CI runs), or
 * FAST_CHECK_RUNS when set, for a quicker loop while working (`FAST_CHECK_RUNS=50 npm test`).
 */
export function propertyRuns(full: number, env: NodeJS.ProcessEnv = process.env): number {
  const set = env.FAST_CHECK_RUNS?.trim();
  if (!set) return full;
  const runs = Number(set);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`FAST_CHECK_RUNS must be a whole number of runs such as 50 (got "${set}"); unset it for each property's full count`);
  }
  return runs;
}

/** For the properties that name no count of their own: fast-check's default (100), or FAST_CHECK_RUNS. */
export function configurePropertyRuns(): void {
  fc.configureGlobal({ numRuns: propertyRuns(100) });
}
