import { watch, type FSWatcher } from 'node:fs';
import { relative } from 'node:path';
import { BotError } from '../../src/errors.js';
import { loadContent, type Bot, type Logger } from '../../src/index.js';

/**
 * Reloads content when its files change. A change that breaks a rule is logged with the
 * check's messages and the last good content keeps serving.
 */
export function watchContent(dir: string, bot: Bot, logger: Logger, onReload?: (entries: number) => void): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const reload = () => {
    try {
      const kb = loadContent(dir, { displayRoot: relative(process.cwd(), dir) || '.' });
      bot.reload(kb);
      onReload?.(kb.entries.length);
      logger.info({ entries: kb.entries.length }, 'content reloaded');
    } catch (error) {
      if (!(error instanceof BotError)) throw error;
      logger.error({ problems: error.problems }, 'content change rejected; still serving the last good content');
    }
  };
  // Editors save in bursts (temp file, rename, chmod); one reload per burst.
  const watcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(reload, 150);
  });
  watcher.on('close', () => clearTimeout(timer));
  return watcher;
}
