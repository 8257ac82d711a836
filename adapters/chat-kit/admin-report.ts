import type { Logger, UsageReporter } from '../../src/index.js';
import { adminOnly, NOTICES, reportFailed } from './notices.js';

export interface AdminReportOptions {
  /** Who may see the report: platform user ids from the configuration. */
  adminUsers: readonly string[];
  /** The setting that names them, quoted to anyone refused (SLACK_ADMIN_USERS, DISCORD_ADMIN_USERS). */
  adminVariable: string;
  /** Absent when nothing is recorded. */
  report?: UsageReporter;
  logger: Logger;
}

/** The report's text for an admin to show in a code block, or a notice to show instead. */
export type AdminReport = { kind: 'report'; text: string } | { kind: 'notice'; text: string };

/** Whether `userId` is one of the admins; the one check every platform makes before a report. */
export const isAdmin = (adminUsers: readonly string[], userId: string) => adminUsers.includes(userId);

/**
 * The usage report for `/ask report` or `/report`: only for admins, a notice where nothing is
 * recorded, and a notice (logged) when making it fails. Never throws.
 */
export async function adminReport(userId: string, since: string, options: AdminReportOptions): Promise<AdminReport> {
  if (!isAdmin(options.adminUsers, userId)) return { kind: 'notice', text: adminOnly(options.adminVariable) };
  if (!options.report) return { kind: 'notice', text: NOTICES.noReport };
  try {
    return { kind: 'report', text: await options.report(since) };
  } catch (error) {
    options.logger.warn({ err: error }, 'usage report failed');
    return { kind: 'notice', text: reportFailed((error as Error).message) };
  }
}
