import { watch, type FSWatcher } from 'node:fs';
import { BotError, loadLayers, type Bot, type ContentLayer, type Logger } from '../../src/index.js';

/**
 * Reloads content when its files change. A change that breaks a rule is logged with the
 * check's messages and the last good content keeps serving.
 */
export function watchContent(
  layers: readonly ContentLayer[],
  bot: Bot,
  logger: Logger,
  onReload?: (entries: number) => void,
): ContentWatcher {
  let timer: NodeJS.Timeout | undefined;
  const reload = () => {
    try {
      const kb = loadLayers(layers);
      bot.reload(kb);
      onReload?.(kb.entries.length);
      logger.info({ entries: kb.entries.length }, 'content reloaded');
    } catch (error) {
      if (!(error instanceof BotError)) throw error;
      logger.error({ problems: error.problems }, 'content change rejected; still serving the last good content');
    }
  };
  // Editors save in bursts (temp file, rename, chmod); one reload per burst, whichever folder changed.
  const watchers: FSWatcher[] = layers.map((layer) =>
    watch(layer.dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(reload, 150);
    }),
  );
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}

/** Stops watching every folder. */
export interface ContentWatcher {
  close(): void;
}
