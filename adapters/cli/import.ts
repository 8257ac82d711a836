import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeReport, IMPORT_FORMATS, type ImportFormat, ImportError, importedAny, importFile } from '../import/index.js';
import { contentDir } from '../boot/paths.js';

const USAGE = `Usage:
  npm run import -- FILE [--out DIR] [--format FORMAT]

  FILE             an export of another FAQ tool: QnA Maker or Azure question answering
                   (.tsv or .json), AWS QnABot (.json), or a CSV of question, answer and
                   alternate questions (separated by | or ;), with or without a header row
  --out DIR        the team's content folder (default team-content); entries go to DIR/faqs/
  --format FORMAT  auto (default), ${IMPORT_FORMATS.join(', ')}

Importing the same export again updates its entries in place (see DIR/.import-manifest.json);
files the import did not write are never changed or deleted.`;

function usageError(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      options: { out: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
}

const { values, positionals } = readArgs();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length !== 1) usageError(positionals.length === 0 ? 'Give the export file to import.' : 'Give one export file at a time.');
const format = values.format ?? 'auto';
if (format !== 'auto' && !(IMPORT_FORMATS as readonly string[]).includes(format)) {
  usageError(`--format ${format}: not a format this command reads; use auto, ${IMPORT_FORMATS.join(', ')}`);
}

// `npm run` starts in the project folder: paths are the user's, relative to where they typed.
const base = process.env.npm_lifecycle_event === 'import' ? (process.env.INIT_CWD ?? process.cwd()) : process.cwd();
const file = resolve(base, positionals[0]!);
const outDir = resolve(base, values.out ?? 'team-content');
const shown = (path: string) => relative(base, path) || '.';

try {
  const report = importFile(file, {
    outDir,
    ...(format === 'auto' ? {} : { format: format as ImportFormat }),
    avoidIds: shippedIds(),
  });
  process.stdout.write(describeReport(report, { file: shown(file), outDir: shown(outDir) }));
  process.exit(importedAny(report) ? 0 : 1);
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  // The manifest's message names its own file; every other one is about the export.
  process.stderr.write(error.code === 'MANIFEST_INVALID' ? `${error.message}\n` : `${shown(file)}: ${error.message}\n`);
  process.exit(1);
}

/** Ids of the shipped content: a team entry with one of them would replace that entry, so new ones avoid them. */
function shippedIds(): Set<string> {
  const dir = contentDir();
  if (!existsSync(dir)) return new Set();
  const ids = new Set<string>();
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(dir, folder.name))) if (name.endsWith('.md')) ids.add(name.slice(0, -3));
  }
  return ids;
}
