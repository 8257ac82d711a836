import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { BotError } from '../errors.js';
import { splitFrontMatter } from './front-matter.js';
import { describeIssues } from './issues.js';
import {
  KIND_FOLDERS,
  frontMatterSchema,
  pathsSchema,
  synonymsSchema,
  welcomeSchema,
  type Entry,
  type EntryKind,
  type LearningPath,
  type Welcome,
} from './schema.js';
import { checkEntries, checkPaths, checkWelcome } from './rules.js';

/** Everything the bot knows, validated. */
export interface KnowledgeBase {
  entries: Entry[];
  byId: ReadonlyMap<string, Entry>;
  /** canonical term → variants, from `synonyms.yaml`. */
  synonyms: Record<string, string[]>;
  paths: LearningPath[];
  /** The onboarding welcome from `welcome.md`; null when the folder has none (the bot then uses its help text). */
  welcome: Welcome | null;
  /** What the check reports without refusing the content (a team's question shared by two entries). */
  warnings?: string[];
}

/**
 * One content folder and the rules it is held to. The shipped content keeps the editorial
 * rules (at least five alternate questions, no question shared by two entries, a body); a
 * team's own FAQ gets the rules a team FAQ needs (one question is enough, a shared question is
 * a warning, the summary may be the whole answer).
 */
export interface ContentLayer {
  dir: string;
  rules: 'shipped' | 'team';
  /** How file names appear in messages; defaults to the directory as given. */
  displayRoot?: string;
}

export interface LoadOptions {
  /** How file names appear in messages; defaults to the directory as given. */
  displayRoot?: string;
}

const FOLDER_KINDS = new Map(Object.entries(KIND_FOLDERS).map(([kind, folder]) => [folder, kind as EntryKind]));

function readYamlFile<T extends z.ZodType>(file: string, shown: string, schema: T, problems: string[]): z.infer<T> | undefined {
  if (!existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${shown}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const parsed = schema.safeParse(data ?? {});
  if (!parsed.success) {
    problems.push(...describeIssues(shown, data, parsed.error.issues));
    return undefined;
  }
  return parsed.data;
}

function loadEntry(file: string, shown: string, folderKind: EntryKind, problems: string[]): Entry | undefined {
  let split: ReturnType<typeof splitFrontMatter>;
  try {
    split = splitFrontMatter(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${shown}: ${(error as Error).message}`);
    return undefined;
  }
  const parsed = frontMatterSchema.safeParse(split.data ?? {});
  if (!parsed.success) {
    problems.push(...describeIssues(shown, split.data, parsed.error.issues));
    return undefined;
  }
  if (parsed.data.kind !== folderKind) {
    problems.push(
      `${shown}: kind: "${parsed.data.kind}" does not match its folder (entries of kind "${folderKind}" live in ${KIND_FOLDERS[folderKind]}/)`,
    );
  }
  return { ...parsed.data, id: basename(file, '.md'), file: shown, body: split.body };
}

/** `welcome.md`: front matter (title, starters, path_prompt) and the welcome text as its body. */
function loadWelcome(file: string, shown: string, problems: string[]): Welcome | null {
  if (!existsSync(file)) return null;
  let split: ReturnType<typeof splitFrontMatter>;
  try {
    split = splitFrontMatter(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${shown}: ${(error as Error).message}`);
    return null;
  }
  const parsed = welcomeSchema.safeParse(split.data ?? {});
  if (!parsed.success) {
    problems.push(...describeIssues(shown, split.data, parsed.error.issues));
    return null;
  }
  const { title, starters, path_prompt: pathPrompt } = parsed.data;
  return { title, intro: split.body, starters, ...(pathPrompt ? { pathPrompt } : {}), file: shown };
}

/**
 * Loads and validates every entry under `dir` (`<dir>/<kind folder>/<id>.md`), plus
 * `synonyms.yaml`, `paths.yaml` and `welcome.md`, under the shipped content's rules.
 *
 * @throws BotError with code `CONTENT_INVALID`, listing every problem found, each naming
 *   file, field and value.
 * @example
 * const kb = loadContent('content');
 * kb.byId.get('crdt')?.title; // "CRDTs: conflict-free replicated data types"
 */
export function loadContent(dir: string, options: LoadOptions = {}): KnowledgeBase {
  return loadLayers([{ dir, rules: 'shipped', displayRoot: options.displayRoot }]);
}

/** One folder's files, read and validated one by one. */
interface ReadLayer {
  layer: ContentLayer;
  root: string;
  entries: Entry[];
  brokenIds: Set<string>;
  synonyms: Record<string, string[]>;
  paths: Record<string, Omit<LearningPath, 'id'>>;
  welcome: Welcome | null;
}

function readLayer(layer: ContentLayer, problems: string[]): ReadLayer {
  const { dir } = layer;
  const root = layer.displayRoot ?? dir;
  const read: ReadLayer = { layer, root, entries: [], brokenIds: new Set(), synonyms: {}, paths: {}, welcome: null };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new BotError('CONTENT_INVALID', `Content folder not found: ${root}`);
  }
  for (const folder of readdirSync(dir).sort()) {
    const kind = FOLDER_KINDS.get(folder);
    if (!kind) continue;
    for (const name of readdirSync(join(dir, folder)).sort()) {
      if (!name.endsWith('.md')) continue;
      const entry = loadEntry(join(dir, folder, name), `${root}/${folder}/${name}`, kind, problems);
      // Ids of files that exist but failed validation: links to them are not reported again.
      if (entry) read.entries.push(entry);
      else read.brokenIds.add(basename(name, '.md'));
    }
  }
  read.synonyms = readYamlFile(join(dir, 'synonyms.yaml'), `${root}/synonyms.yaml`, synonymsSchema, problems) ?? {};
  read.paths = readYamlFile(join(dir, 'paths.yaml'), `${root}/paths.yaml`, pathsSchema, problems) ?? {};
  read.welcome = loadWelcome(join(dir, 'welcome.md'), `${root}/welcome.md`, problems);
  return read;
}

/**
 * Loads several content folders as one knowledge base: the first is the shipped content, each
 * later one (a team's own FAQ) is laid over it. An entry with the id of an earlier one replaces
 * it; synonyms and learning paths are merged (later ones win per key); the last welcome wins.
 * Each folder is held to its own rules (see {@link ContentLayer}); every problem of every folder
 * is reported at once.
 *
 * @throws BotError with code `CONTENT_INVALID`.
 */
export function loadLayers(layers: readonly ContentLayer[]): KnowledgeBase {
  const problems: string[] = [];
  const warnings: string[] = [];
  const read = layers.map((layer) => readLayer(layer, problems));
  // Within one folder an id is one file; across folders a later one replaces an earlier one.
  const rulesOf = new Map<Entry, ContentLayer['rules']>();
  const merged = new Map<string, Entry>();
  const brokenIds = new Set<string>();
  for (const { layer, entries, brokenIds: broken } of read) {
    const inThisFolder = new Set<string>();
    for (const entry of entries) {
      // A second file with one id in one folder is an error (reported below); the first one stays.
      if (inThisFolder.has(entry.id)) continue;
      inThisFolder.add(entry.id);
      const earlier = merged.get(entry.id);
      if (earlier) warnings.push(`${entry.file}: replaces ${earlier.file} (same id "${entry.id}")`);
      merged.set(entry.id, entry);
      rulesOf.set(entry, layer.rules);
    }
    for (const id of broken) brokenIds.add(id);
  }
  const entries = [...merged.values()];
  if (entries.length === 0 && problems.length === 0) {
    const root = read[0]?.root ?? '.';
    problems.push(`${root}: no entries found (expected files such as ${root}/concepts/<id>.md)`);
  }
  // Duplicate ids inside one folder are still an error: check each folder's own entries for them.
  for (const { entries: own } of read) problems.push(...duplicateIds(own));

  const byId = new Map<string, Entry>();
  const checked = checkEntries(entries, byId, brokenIds, (entry) => rulesOf.get(entry) ?? 'shipped');
  problems.push(...checked.problems);
  warnings.push(...checked.warnings);

  const synonyms = Object.assign({}, ...read.map((r) => r.synonyms)) as Record<string, string[]>;
  const pathsById = new Map<string, LearningPath>();
  for (const r of read) {
    for (const [id, path] of Object.entries(r.paths)) pathsById.set(id, { id, ...path });
  }
  const paths = [...pathsById.values()];
  const exists = (id: string) => byId.has(id) || brokenIds.has(id);
  for (const r of read) {
    const own = paths.filter((path) => Object.hasOwn(r.paths, path.id));
    problems.push(...checkPaths(own, exists, `${r.root}/paths.yaml`));
  }
  const welcome =
    read
      .map((r) => r.welcome)
      .filter((w) => w !== null)
      .at(-1) ?? null;
  if (welcome) problems.push(...checkWelcome(welcome, exists));

  if (problems.length > 0) {
    const root = read.map((r) => r.root).join(' and ');
    throw new BotError(
      'CONTENT_INVALID',
      `Content in ${root} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
      problems,
    );
  }
  return { entries, byId, synonyms, paths, welcome, warnings };
}

function duplicateIds(entries: readonly Entry[]): string[] {
  const seen = new Map<string, Entry>();
  const problems: string[] = [];
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (first) problems.push(`${entry.file}: id: "${entry.id}" is already used by ${first.file}`);
    else seen.set(entry.id, entry);
  }
  return problems;
}
