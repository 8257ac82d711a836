import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentLayer, KnowledgeBase } from './load.js';
import type { Entry, LearningPath, Welcome } from './schema.js';

/** Bump when the snapshot's shape or the loader's rules change, so old snapshots are ignored. */
const SNAPSHOT_VERSION = 3;

/**
 * A digest of every file under the content folder (names and bytes). Reading ~150 small files
 * and hashing them takes a few milliseconds, far less than parsing their YAML again.
 */
export function contentFingerprint(dir: string | readonly ContentLayer[]): string {
  const hash = createHash('sha256').update(`v${SNAPSHOT_VERSION}\n`);
  const layers = typeof dir === 'string' ? [{ dir, rules: 'shipped' as const }] : dir;
  const walk = (folder: string, prefix: string) => {
    // The listing says which names are folders: a stat per file would cost as much as reading it.
    const names = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const dirent of names) {
      const path = join(folder, dirent.name);
      const isFolder = dirent.isSymbolicLink() ? statSync(path).isDirectory() : dirent.isDirectory();
      if (isFolder) walk(path, `${prefix}${dirent.name}/`);
      else hash.update(`${prefix}${dirent.name}\n`).update(readFileSync(path)).update('\n');
    }
  };
  for (const layer of layers) {
    hash.update(`layer ${layer.rules}\n`);
    walk(layer.dir, '');
  }
  return hash.digest('hex');
}

interface SnapshotFile {
  fingerprint: string;
  entries: Entry[];
  synonyms: Record<string, string[]>;
  paths: LearningPath[];
  welcome: Welcome | null;
  warnings?: string[];
}

/** Serialises a knowledge base that `loadContent` has already validated. */
export function serialiseSnapshot(kb: KnowledgeBase, fingerprint: string): string {
  const file: SnapshotFile = {
    fingerprint,
    entries: kb.entries,
    synonyms: kb.synonyms,
    paths: kb.paths,
    welcome: kb.welcome,
    warnings: kb.warnings,
  };
  return JSON.stringify(file);
}

/** The knowledge base in a snapshot, or null when it was made from other content (or is unreadable). */
export function parseSnapshot(text: string, fingerprint: string): KnowledgeBase | null {
  try {
    const file = JSON.parse(text) as SnapshotFile;
    if (file.fingerprint !== fingerprint || !Array.isArray(file.entries)) return null;
    return { ...file, welcome: file.welcome ?? null, byId: new Map(file.entries.map((entry) => [entry.id, entry])) };
  } catch {
    return null;
  }
}
