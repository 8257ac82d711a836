/**
 * The chat kit: what every chat adapter (Slack, Discord) does the same way, written once —
 * dedup and per-user limits with one store timeout, the notices and when "slow down" is said,
 * the admin check for the usage report, Markdown splitting, and what a button means.
 */
export { adminReport, isAdmin, type AdminReport, type AdminReportOptions } from './admin-report.js';
export { countClick, decodeEntryClick, encodeEntryClick, type EntryClick } from './clicks.js';
export {
  createChatGuard,
  REPLAY_TTL_MS,
  STORE_WAIT_MS,
  type Admission,
  type Arrival,
  type ChatAsker,
  type ChatGuard,
  type ChatGuardOptions,
} from './guard.js';
export { adminOnly, NOTICES, reportFailed } from './notices.js';
export { markdownBlocks, splitMarkdown } from './split.js';
export { explainUnreachable, type PlatformEndpoint } from './unreachable.js';
// The one time limit of the adapters, kept with the store (the lower layer, also used without any chat).
export { isTimeout, withTimeout } from '../store/faults.js';
// Truncation at a word is the core's (it cuts step lines too); chat adapters take it from here.
export { truncateAtWord } from '../../src/index.js';
