import { BotError, type Reporting } from '../../src/index.js';
import type { DatabaseStore } from './database-store.js';
import { parseSince } from './report.js';
import { renderReportText } from './report-text.js';

/**
 * The reporting port over a database store's usage report: the admins' report in chat and the
 * most-asked entries. Made where the store is made, so that no front probes a store for it.
 */
export function reportingOf(store: Pick<DatabaseStore, 'report'>): Reporting {
  return {
    async usageText(since) {
      let from: Date;
      try {
        from = parseSince(since.trim() || '7d', new Date());
      } catch (error) {
        return error instanceof BotError ? error.message : 'Say how far back as 7d, 24h, 2w or a date such as 2026-11-01.';
      }
      return renderReportText(await store.report({ since: from, until: new Date() }));
    },
    async mostAsked(period) {
      return (await store.report(period)).mostAsked;
    },
  };
}
