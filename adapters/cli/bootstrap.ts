import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createBot, type Bot } from '../../src/bot.js';
import type { KnowledgeBase } from '../../src/content/load.js';
import { contentFingerprint, parseSnapshot, serialiseSnapshot } from '../../src/content/snapshot.js';
import { BotError } from '../../src/errors.js';
import type { Logger } from '../../src/ports.js';
import { contentDir, projectRoot } from './paths.js';

function readSnapshot(file: string, fingerprint: string): KnowledgeBase | null {
  try {
    return parseSnapshot(readFileSync(file, 'utf8'), fingerprint);
  } catch {
    return null;
  }
}

/**
 * The validated content. A snapshot of the last validated content (keyed by a hash of every
 * content file) makes a start take milliseconds instead of parsing all the YAML again; on any
 * change the content is validated in full. The validator is imported only then, since YAML and
 * zod alone cost more at start than everything else.
 */
export async function loadKnowledge(dir = contentDir()): Promise<KnowledgeBase> {
  if (!existsSync(dir)) return (await import('../../src/content/load.js')).loadContent(dir); // throws the friendly error
  const fingerprint = contentFingerprint(dir);
  const cacheFile = join(projectRoot(), 'dist', '.cache', `content-${fingerprint.slice(0, 16)}.json`);
  const cached = readSnapshot(cacheFile, fingerprint);
  if (cached) return cached;
  const { loadContent } = await import('../../src/content/load.js');
  const kb = loadContent(dir, { displayRoot: relative(process.cwd(), dir) || '.' });
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, serialiseSnapshot(kb, fingerprint));
  } catch {
    // A read-only install still works; it just validates on every start.
  }
  return kb;
}

/**
 * Loads content and builds the bot, or prints every content problem and exits 1: a bot with
 * broken content must not start half-working.
 */
export async function bootstrap(logger?: Logger): Promise<Bot> {
  try {
    return createBot({ knowledgeBase: await loadKnowledge(), logger });
  } catch (error) {
    if (error instanceof BotError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
