export { loadStoreConfig, describeStore, DEFAULT_RETENTION_DAYS, DEFAULT_STORE_PATH, type StoreConfig, type StoreEnv } from './config.js';
export { createStore, type StoreOptions } from './create-store.js';
export { openDatabaseStore, type DatabaseStore, type DatabaseStoreOptions, type PurgeResult } from './database-store.js';
export { parseSince, type PlatformCounts, type ReportPeriod, type UsageReport } from './report.js';
export { renderReportText } from './report-text.js';
export { classifyPostgresFailure, describePostgresFailure, postgresTarget, type PostgresTarget } from './postgres-errors.js';
export {
  createLearningStore,
  type AcceptedQuestion,
  type AdminStore,
  type ConsoleReads,
  type DailyCounts,
  type LearningStore,
  type MissedQuestion,
  type RatedAnswer,
} from './learning-store.js';
export { reportingOf } from './reporting.js';
