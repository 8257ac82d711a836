import { loadLayers } from '../../src/index.js';
import { contentLayers } from '../boot/paths.js';
import { loadEnvFile } from '../runtime/env-file.js';
import { createLogger } from '../runtime/logger.js';
import { runLearn } from './learn-command.js';

// The same settings as `npm start`: the environment, then .env.
loadEnvFile();
process.exitCode = await runLearn(process.argv.slice(2), {
  env: process.env,
  layers: contentLayers(),
  loadContent: loadLayers,
  stdout: process.stdout,
  stderr: process.stderr,
  logger: createLogger({ level: 'error', format: 'pretty', secrets: [process.env.STORE_SALT ?? ''] }),
});
