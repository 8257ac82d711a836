import type { AskedCount, Logger, Reporting } from '../../src/index.js';
import { isTimeout, withTimeout } from '../chat-kit/index.js';

/** The most-asked entries of the last seven days; null when the store keeps no report. */
export type MostAsked = () => Promise<AskedCount[] | null>;

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Extra rows, so that entries removed from the content since can be skipped and five remain. */
const FETCHED = 10;

export interface MostAskedOptions {
  logger: Logger;
  /** The report runs several queries; the Home tab should not wait on them for every opening. Default 5 minutes. */
  cacheMs?: number;
  /** Longest the Home tab waits for a fresh report before showing the last one (or none). Default 1,500 ms. */
  timeoutMs?: number;
  now?: () => number;
}

/** The most-asked entries from the usage report, cached, bounded in time, never throwing; null without a report. */
export function mostAskedFrom(reporting: Reporting | undefined, options: MostAskedOptions): MostAsked {
  if (!reporting) return async () => null;
  const { logger } = options;
  const cacheMs = options.cacheMs ?? 5 * 60 * 1000;
  const timeoutMs = options.timeoutMs ?? 1500;
  const now = options.now ?? Date.now;
  let cached: { at: number; rows: AskedCount[] } | undefined;
  let pending: Promise<AskedCount[]> | undefined;

  const refresh = () =>
    (pending ??= reporting
      .mostAsked({ since: new Date(now() - WEEK_MS), until: new Date(now()), limit: FETCHED })
      .then((rows) => {
        cached = { at: now(), rows };
        return rows;
      })
      .finally(() => {
        pending = undefined;
      }));

  return async () => {
    if (cached && now() - cached.at < cacheMs) return cached.rows;
    try {
      return await withTimeout(refresh(), timeoutMs, 'most-asked report');
    } catch (error) {
      if (isTimeout(error)) logger.warn({ timeoutMs }, 'slack: usage report too slow for the App Home; showing the last one');
      else logger.warn({ err: error }, 'slack: usage report failed; App Home shown without most-asked');
    }
    return cached?.rows ?? null;
  };
}
