import { relative } from 'node:path';
import { BotError } from '../../src/errors.js';
import { loadContent } from '../../src/content/load.js';
import { contentDir } from './paths.js';

// Always the full validation, never the start-up snapshot: this is the command that judges content.
const dir = contentDir();
try {
  const kb = loadContent(dir, { displayRoot: relative(process.cwd(), dir) || '.' });
  const byKind = new Map<string, number>();
  for (const entry of kb.entries) byKind.set(entry.kind, (byKind.get(entry.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([kind, n]) => `${n} ${kind}`).join(', ');
  process.stdout.write(`content OK: ${kb.entries.length} entries (${kinds}), ${kb.paths.length} learning paths\n`);
} catch (error) {
  if (!(error instanceof BotError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
