import { loadEnvFile } from '../runtime/env-file.js';
import { createLogger } from '../runtime/logger.js';
import { runReport } from './report-command.js';

// The same settings as `npm start`: the environment, then .env.
const envFile = loadEnvFile();

// Errors only: a failed report says why on stderr itself. Secrets are scrubbed by value too,
// since a driver error can quote the connection string.
const password = (() => {
  try {
    return decodeURIComponent(new URL(process.env.DATABASE_URL ?? '').password);
  } catch {
    return '';
  }
})();
const logger = createLogger({ level: 'error', format: 'pretty', secrets: [process.env.STORE_SALT ?? '', password] });

process.exitCode = await runReport(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  logger,
  envFile,
});
