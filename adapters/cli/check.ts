import { BotError, loadLayers } from '../../src/index.js';
import { contentLayers } from '../boot/paths.js';

const RULES = {
  shipped: 'shipped rules: at least 5 alternate questions, a body, no question shared by two entries',
  team: 'team rules: one question is enough, the body is optional, a question shared by two entries is a warning',
} as const;

// Always the full validation, never the start-up snapshot: this is the command that judges content.
const layers = contentLayers();
for (const layer of layers) process.stdout.write(`${layer.displayRoot}/ (${RULES[layer.rules]})\n`);
try {
  const kb = loadLayers(layers);
  const byKind = new Map<string, number>();
  for (const entry of kb.entries) byKind.set(entry.kind, (byKind.get(entry.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([kind, n]) => `${n} ${kind}`).join(', ');
  for (const warning of kb.warnings ?? []) process.stdout.write(`  warning: ${warning}\n`);
  process.stdout.write(`content OK: ${kb.entries.length} entries (${kinds}), ${kb.paths.length} learning paths\n`);
} catch (error) {
  if (!(error instanceof BotError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
