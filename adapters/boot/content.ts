// Before anything else: how V8 compiles the core's regular expressions (see the module).
import './regexp-start.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AsPlainObject } from 'minisearch';
import type { ContentLayer, KnowledgeBase, Logger, SearchSnapshot } from '../../src/index.js';
// The fast start of `ask` (250 ms, cold): src/index.ts would load the YAML and zod validators
// (60 ms more) that a start from the content snapshot never needs, so the values come from their modules.
import { createBot, type Bot } from '../../src/bot.js';
import { contentFingerprint, parseSnapshot, serialiseSnapshot } from '../../src/content/snapshot.js';
import { BotError } from '../../src/errors.js';
import { contentLayers, projectRoot } from './paths.js';

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
export async function loadKnowledge(layers = contentLayers()): Promise<KnowledgeBase> {
  return (await loadContentAndIndex(layers)).knowledgeBase;
}

/** Writes beside, then renames: a start reading at the same moment sees the whole file or none. */
function writeAtomically(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/** Removes the snapshots of earlier content (or code): only the newest of each kind is ever read. */
function pruneCache(dir: string, prefix: string, ...keep: string[]): void {
  for (const name of readdirSync(dir)) {
    if (name.startsWith(prefix) && !name.endsWith('.tmp') && !keep.includes(join(dir, name))) rmSync(join(dir, name), { force: true });
  }
}

/**
 * Files whose code decides how the index is built, and what the confidence calibration measures
 * on it (saved beside it): a change to any of them makes a saved index stale.
 */
function engineFingerprint(): string {
  const hash = createHash('sha256');
  for (const folder of ['search', 'text', 'answer']) {
    const dir = join(import.meta.dirname, '..', '..', 'src', folder);
    for (const name of readdirSync(dir).sort())
      if (name.endsWith('.js') || name.endsWith('.json')) hash.update(readFileSync(join(dir, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

export interface LoadedContent {
  knowledgeBase: KnowledgeBase;
  /** The index saved by an earlier start from this content and this code, if there is one. */
  searchSnapshot?: SearchSnapshot;
  /** Saves the bot's index for the next start (once, when none was there); never throws. */
  saveIndex(bot: Bot): void;
}

/**
 * The content and, when an earlier start saved it, its built index: a start then loads both
 * instead of validating and indexing again (twice as fast). Either is rebuilt on any change.
 */
export async function loadContentAndIndex(layers: readonly ContentLayer[] = contentLayers()): Promise<LoadedContent> {
  if (layers.some((layer) => !existsSync(layer.dir))) return (await import('../../src/content/load.js')).loadLayers(layers) as never; // throws the friendly error
  const fingerprint = contentFingerprint(layers);
  const knowledgeBase = await loadValidated(layers, fingerprint);
  const indexFile = join(projectRoot(), 'dist', '.cache', `index-${fingerprint.slice(0, 16)}-${engineFingerprint()}.json`);
  // MiniSearch's own index beside it, read only if the bot asks for it (a word the content does not hold, a learned
  // question): reading and loading it cost a start more than all the rest of the index.
  const miniSearchFile = indexFile.replace(/\.json$/, '.minisearch.json');
  let searchSnapshot: SearchSnapshot | undefined;
  try {
    const light = JSON.parse(readFileSync(indexFile, 'utf8')) as SearchSnapshot;
    searchSnapshot = existsSync(miniSearchFile)
      ? { ...light, miniSearch: () => JSON.parse(readFileSync(miniSearchFile, 'utf8')) as AsPlainObject }
      : undefined;
  } catch {
    searchSnapshot = undefined;
  }
  return {
    knowledgeBase,
    searchSnapshot,
    saveIndex(bot) {
      if (searchSnapshot) return;
      try {
        mkdirSync(dirname(indexFile), { recursive: true });
        const { miniSearch, ...light } = bot.searchSnapshot();
        // MiniSearch's part first: a start finds the light part only once both are whole.
        writeAtomically(miniSearchFile, JSON.stringify(typeof miniSearch === 'function' ? miniSearch() : miniSearch));
        writeAtomically(indexFile, JSON.stringify(light));
        pruneCache(dirname(indexFile), 'index-', indexFile, miniSearchFile);
      } catch {
        // A read-only install still works; it just indexes on every start.
      }
    },
  };
}

async function loadValidated(layers: readonly ContentLayer[], fingerprint: string): Promise<KnowledgeBase> {
  const cacheFile = join(projectRoot(), 'dist', '.cache', `content-${fingerprint.slice(0, 16)}.json`);
  const cached = readSnapshot(cacheFile, fingerprint);
  if (cached) return cached;
  const { loadLayers } = await import('../../src/content/load.js');
  const kb = loadLayers(layers);
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeAtomically(cacheFile, serialiseSnapshot(kb, fingerprint));
    pruneCache(dirname(cacheFile), 'content-', cacheFile);
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
    const loaded = await loadContentAndIndex();
    const bot = createBot({ knowledgeBase: loaded.knowledgeBase, logger, searchSnapshot: loaded.searchSnapshot });
    loaded.saveIndex(bot);
    return bot;
  } catch (error) {
    if (error instanceof BotError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
