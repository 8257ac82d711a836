import { parseArgs } from 'node:util';
import { BotError, type Logger } from '../../src/index.js';
import type { EnvFile } from '../runtime/env-file.js';
import { loadStoreConfig, type StoreEnv } from './config.js';
import { createStore } from './create-store.js';
import { storeNotice } from './notice.js';
import { parseSince } from './report.js';
import { renderReportText } from './report-text.js';

export const REPORT_USAGE = `Usage:
  npm run report -- --since 7d            readable summary of the last 7 days (also 24h, 2w, 2025-01-31)
  npm run --silent report -- --json       the same as one JSON object
Options: --limit N  rows per list (default 10)
Reads DATABASE_URL (PostgreSQL) or STORE_PATH (SQLite, default ./data/bot.sqlite), from the
environment or .env, as \`npm start\` does; says on stderr which store it read.`;

export interface ReportIo {
  env: StoreEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  logger: Logger;
  /** The `.env` the command read, so the notice can say where DATABASE_URL came from. */
  envFile?: EnvFile;
  now?: () => Date;
}

/** `npm run report`: prints the usage report; resolves to the exit code (0 ok, 1 failed, 2 usage). */
export async function runReport(argv: string[], io: ReportIo): Promise<number> {
  const options = {
    since: { type: 'string', default: '7d' },
    limit: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  } as const;
  let values: ReturnType<typeof parseArgs<{ args: string[]; options: typeof options }>>['values'];
  try {
    ({ values } = parseArgs({ args: argv, options }));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${REPORT_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${REPORT_USAGE}\n`);
    return 0;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    io.stderr.write(`--limit "${values.limit}" must be a whole number from 1 to 1000\n`);
    return 2;
  }

  const until = io.now?.() ?? new Date();
  let since: Date;
  try {
    since = parseSince(values.since, until);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }

  try {
    // The report hashes nothing, so it runs without STORE_SALT; and it must not purge as a side effect.
    const config = loadStoreConfig(io.env, { requireSalt: false });
    io.stderr.write(`Report from ${storeNotice(config, io.envFile)}\n`);
    const store = await createStore(config, io.logger, { purgeIntervalMs: false, spool: false, saltCheck: 'skip' });
    try {
      const report = await store.report({ since, until, limit });
      io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReportText(report));
    } finally {
      await store.close();
    }
    return 0;
  } catch (error) {
    if (!(error instanceof BotError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return 1;
  }
}
