import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Document, Scalar } from 'yaml';
import { z } from 'zod';
import { frontMatterSchema, KIND_FOLDERS, questionKey, truncateAtWord, type FrontMatter } from '../../src/index.js';
import { type ImportItem, type ImportNote, ImportError } from './item.js';
import { summarise } from './markdown-text.js';

/** Beside the entries: which file each imported item went to, so a re-import updates it in place. */
export const MANIFEST_FILE = '.import-manifest.json';
/** Longest id (file name without `.md`) made from a question or an export's id. */
export const MAX_ID_CHARS = 60;
const MAX_TITLE_CHARS = 150;

const manifestSchema = z.object({
  about: z.string().optional(),
  sources: z.record(z.string(), z.record(z.string(), z.object({ file: z.string(), sha256: z.string() }))),
});
type Manifest = z.infer<typeof manifestSchema>;

export interface WriteOptions {
  /** The team's content folder; entries go to its `faqs/`. */
  outDir: string;
  /** Names the export in the manifest (its file name): items are matched within one export. */
  sourceName: string;
  /** Ids not to take for new entries, such as the shipped content's (a team entry of the same id would replace it). */
  avoidIds?: ReadonlySet<string>;
}

export interface WriteReport {
  /** Files created or changed, relative to `outDir`. */
  written: { file: string; status: 'new' | 'updated' }[];
  /** Files that already held exactly what the import would write. */
  unchanged: string[];
  /** Items not written (with `skipped`) and warnings, found while writing. */
  notes: ImportNote[];
  /** Files an earlier import of this export wrote whose items it no longer has: kept, never deleted. */
  stale: string[];
}

/**
 * Writes one `faq` entry per item into `<outDir>/faqs/`, updating the files an earlier import of
 * the same export wrote (found through the manifest) and never touching any other file. A file
 * whose content would not change is not rewritten; one edited by hand since the import is kept.
 */
export function writeEntries(items: readonly ImportItem[], options: WriteOptions): WriteReport {
  const folder = KIND_FOLDERS.faq;
  const dir = join(options.outDir, folder);
  const manifest = readManifest(options.outDir);
  const before = manifest.sources[options.sourceName] ?? {};
  const taken = new Set([
    ...(options.avoidIds ?? []),
    ...(existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')) : []).map((name) => basename(name, '.md')),
    ...Object.values(manifest.sources).flatMap((files) => Object.values(files).map(({ file }) => basename(file, '.md'))),
  ]);
  const report: WriteReport = { written: [], unchanged: [], notes: [], stale: [] };
  const after: Manifest['sources'][string] = {};
  const firstAt = new Map<string, string>();

  for (const item of items) {
    const entry = toEntry(item);
    if ('skipped' in entry) {
      report.notes.push({ at: item.at, ...entry });
      continue;
    }
    const first = entry.frontMatter.questions[0]!;
    const base = item.sourceId !== undefined ? `id:${item.sourceId}` : `q:${questionKey(first) || first}`;
    let key = base;
    for (let n = 2; firstAt.has(key); n++) key = `${base}#${n}`;
    if (key !== base) {
      const what = item.sourceId !== undefined ? 'id' : 'first question';
      report.notes.push({ at: item.at, message: `has the same ${what} as ${firstAt.get(base)}: written as an entry of its own` });
    }
    firstAt.set(key, item.at);
    const previous = before[key];
    const file = previous?.file ?? `${folder}/${newId(item, key, taken)}.md`;
    const content = renderEntry(entry.frontMatter, entry.body);
    const path = join(options.outDir, file);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current === content) {
      report.unchanged.push(file);
    } else if (current !== null && previous && sha256(current) !== previous.sha256) {
      report.notes.push({
        at: item.at,
        skipped: 'edited by hand',
        message: `${file} was edited after the last import: kept as it is (delete it to import this item again)`,
      });
      after[key] = previous;
      continue;
    } else {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, content);
      report.written.push({ file, status: current === null ? 'new' : 'updated' });
    }
    after[key] = { file, sha256: sha256(content) };
  }

  for (const [key, written] of Object.entries(before)) {
    if (after[key]) continue;
    // Kept in the manifest too: if the item comes back, it goes to the same file.
    after[key] = written;
    report.stale.push(written.file);
  }
  if (Object.keys(after).length > 0) {
    manifest.sources[options.sourceName] = after;
    writeManifest(options.outDir, manifest);
  }
  return report;
}

/** The front matter and body of an item's entry, or why it cannot be one. */
export function toEntry(item: ImportItem): { frontMatter: FrontMatter; body: string } | { skipped: string; message: string } {
  const seen = new Set<string>();
  const questions = item.questions
    .map((q) => q.replace(/\s+/g, ' ').trim())
    .filter((q) => {
      const key = questionKey(q) || q;
      if (!q || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const body = item.answer.replace(/\r\n?/g, '\n').trim();
  const summary = summarise(body);
  if (!summary) return { skipped: 'empty answer', message: 'the answer has no text once its Markdown is removed: not imported' };
  const title = truncateAtWord(questions[0] ?? '', MAX_TITLE_CHARS);
  const tags = unique(item.tags.map((tag) => slug(tag)).filter(Boolean));
  const sources = item.source ? sourceOf(item.source) : [];
  const parsed = frontMatterSchema.safeParse({
    title,
    kind: 'faq',
    summary,
    questions,
    ...(tags.length > 0 ? { tags } : {}),
    ...(sources.length > 0 ? { sources } : {}),
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    return { skipped: 'invalid entry', message: `cannot be a valid entry (${problems}): not imported` };
  }
  return { frontMatter: parsed.data, body };
}

/**
 * The entry's file text. The YAML is written by the `yaml` package, which quotes whatever needs
 * it (a colon in a title, `yes`, a leading `#`); written as YAML 1.1 so that readers of either
 * version read the same strings.
 */
export function renderEntry(frontMatter: FrontMatter, body: string): string {
  const fields = Object.fromEntries(Object.entries(frontMatter).filter(([, value]) => !(Array.isArray(value) && value.length === 0)));
  const doc = new Document(fields, { version: '1.1' });
  (doc.get('title', true) as Scalar).type = Scalar.QUOTE_DOUBLE;
  (doc.get('summary', true) as Scalar).type = Scalar.BLOCK_FOLDED;
  return `---\n${doc.toString({ lineWidth: 100 })}---\n${body ? `${body}\n` : ''}`;
}

/** Lower-case ASCII words joined by hyphens, at most `max` characters, cut between words. */
export function slug(value: string, max = MAX_ID_CHARS): string {
  const words = value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > max) break;
    out = next;
  }
  return out || (words[0] ?? '').slice(0, max);
}

/** A new file id: from the export's id when it has words (qid "sun.4"), else from the first question. */
function newId(item: ImportItem, key: string, taken: Set<string>): string {
  const fromId = item.sourceId && /[a-z]/i.test(item.sourceId) ? slug(item.sourceId) : '';
  // A question with no Latin letters or digits (all CJK, say) still gets a stable id.
  const base = fromId || slug(item.questions[0] ?? '') || `faq-${sha256(key).slice(0, 8)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function sourceOf(source: string): FrontMatter['sources'] {
  try {
    const url = new URL(source.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return [];
    const name = `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
    return [{ name, url: url.href }];
  } catch {
    return [];
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function readManifest(outDir: string): Manifest {
  const path = join(outDir, MANIFEST_FILE);
  if (!existsSync(path)) return { sources: {} };
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new ImportError(
      'MANIFEST_INVALID',
      `${path}: is not a manifest written by this command (${(error as Error).message.split('\n')[0]}). Restore it from version control, or delete it to import as new files`,
    );
  }
}

function writeManifest(outDir: string, manifest: Manifest): void {
  // Sorted keys: the same items always give the same bytes, whatever order they came in.
  const sorted = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const sources = Object.fromEntries(Object.entries(sorted(manifest.sources)).map(([name, items]) => [name, sorted(items)]));
  const about = 'Written by npm run import: the file each imported item went to, so that importing the export again updates it in place.';
  const text = `${JSON.stringify({ about, sources }, null, 2)}\n`;
  const path = join(outDir, MANIFEST_FILE);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path, text);
}
