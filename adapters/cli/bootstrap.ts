import { BotError, createBot, loadContent, type Bot, type Logger } from '../../src/index.js';
import { relative } from 'node:path';
import { contentDir } from './paths.js';

/**
 * Loads content and builds the bot, or prints every content problem and exits 1: a bot with
 * broken content must not start half-working.
 */
export function bootstrap(logger?: Logger): Bot {
  try {
    return createBot({ knowledgeBase: loadContent(contentDir(), { displayRoot: relative(process.cwd(), contentDir()) || '.' }), logger });
  } catch (error) {
    if (error instanceof BotError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
