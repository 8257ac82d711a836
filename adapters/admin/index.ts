import type { Bot, Logger } from '../../src/index.js';
import type { MountedRoutes } from '../runtime/health.js';
import type { AdminStore } from '../store/index.js';
import type { AdminConfig } from './config.js';
import { createAdminConsole } from './console.js';
import { startLearningSync } from './learning-sync.js';

export { loadAdminConfig, type AdminConfig } from './config.js';
export { createAdminConsole, type AdminConsoleOptions } from './console.js';
export { startLearningSync, type LearningSync } from './learning-sync.js';

export interface StartedAdmin {
  /** The console, to mount on PORT; empty when ADMIN_TOKEN is unset or there is no database store. */
  mounts: MountedRoutes[];
  stop(): void;
}

/**
 * What the composition root starts for the learning loop: on every replica with a database
 * store, the sync that merges accepted questions into the live index; with ADMIN_TOKEN set, the
 * console that accepts them. The terminal's memory store learns nothing.
 */
export function startAdmin(config: AdminConfig, deps: { bot: Bot; learning?: AdminStore; logger: Logger }): StartedAdmin {
  const { learning } = deps;
  if (!learning) return { mounts: [], stop() {} };
  const sync =
    config.learnPollMs > 0
      ? startLearningSync({ store: learning, bot: deps.bot, intervalMs: config.learnPollMs, logger: deps.logger })
      : undefined;
  const mounts = config.token ? [createAdminConsole({ bot: deps.bot, store: learning, token: config.token, logger: deps.logger })] : [];
  return { mounts, stop: () => sync?.stop() };
}
