import { runReport } from '../store/report-command.js';
import { boot, failStart } from './boot.js';

/**
 * `npm run report`: the usage report, with the same settings as `npm start`. Errors only in the
 * log (a failed report says why on stderr itself), scrubbed of the salt and the database password.
 */
const booted = (() => {
  try {
    return boot({ parts: ['store'], requireSalt: false, level: 'error', format: 'pretty' });
  } catch (error) {
    failStart(error, 'Report failed');
  }
})();
process.exitCode = await runReport(process.argv.slice(2), {
  env: booted.env,
  stdout: process.stdout,
  stderr: process.stderr,
  logger: booted.logger,
  envFile: booted.envFile,
});
