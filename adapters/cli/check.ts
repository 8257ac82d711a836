import { bootstrap } from './bootstrap.js';

// bootstrap() prints every problem and exits 1 when the content is invalid.
const bot = bootstrap();
const kb = bot.knowledgeBase;
const byKind = new Map<string, number>();
for (const entry of kb.entries) byKind.set(entry.kind, (byKind.get(entry.kind) ?? 0) + 1);
const kinds = [...byKind].map(([kind, n]) => `${n} ${kind}`).join(', ');
process.stdout.write(`content OK: ${kb.entries.length} entries (${kinds}), ${kb.paths.length} learning paths\n`);
