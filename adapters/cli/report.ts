import { createLogger } from '../runtime/logger.js';
import { runReport } from './report-command.js';

// Secrets by value, since a driver error can quote the connection string.
const password = (() => {
  try {
    return decodeURIComponent(new URL(process.env.DATABASE_URL ?? '').password);
  } catch {
    return '';
  }
})();
const logger = createLogger({ level: 'warn', format: 'pretty', secrets: [process.env.STORE_SALT ?? '', password] });

process.exitCode = await runReport(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  logger,
});
