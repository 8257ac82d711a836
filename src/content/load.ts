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
 * `synonyms.yaml`, `paths.yaml` and `welcome.md`.
 *
 * @throws BotError with code `CONTENT_INVALID`, listing every problem found, each naming
 *   file, field and value.
 * @example
 * const kb = loadContent('content');
 * kb.byId.get('crdt')?.title; // "CRDTs: conflict-free replicated data types"
 */
export function loadContent(dir: string, options: LoadOptions = {}): KnowledgeBase {
  const root = options.displayRoot ?? dir;
  const problems: string[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new BotError('CONTENT_INVALID', `Content folder not found: ${root}`);
  }

  const entries: Entry[] = [];
  // Ids of files that exist but failed validation: links to them are not reported again.
  const brokenIds = new Set<string>();
  for (const folder of readdirSync(dir).sort()) {
    const kind = FOLDER_KINDS.get(folder);
    if (!kind) continue;
    for (const name of readdirSync(join(dir, folder)).sort()) {
      if (!name.endsWith('.md')) continue;
      const entry = loadEntry(join(dir, folder, name), `${root}/${folder}/${name}`, kind, problems);
      if (entry) entries.push(entry);
      else brokenIds.add(basename(name, '.md'));
    }
  }
  if (entries.length === 0 && problems.length === 0) {
    problems.push(`${root}: no entries found (expected files such as ${root}/concepts/<id>.md)`);
  }

  const synonyms = readYamlFile(join(dir, 'synonyms.yaml'), `${root}/synonyms.yaml`, synonymsSchema, problems) ?? {};
  const rawPaths = readYamlFile(join(dir, 'paths.yaml'), `${root}/paths.yaml`, pathsSchema, problems) ?? {};

  const byId = new Map<string, Entry>();
  problems.push(...checkEntries(entries, byId, brokenIds));
  const paths = Object.entries(rawPaths).map(([id, path]) => ({ id, ...path }));
  problems.push(...checkPaths(paths, (id) => byId.has(id) || brokenIds.has(id), `${root}/paths.yaml`));
  const welcome = loadWelcome(join(dir, 'welcome.md'), `${root}/welcome.md`, problems);
  if (welcome) problems.push(...checkWelcome(welcome, (id) => byId.has(id) || brokenIds.has(id)));

  if (problems.length > 0) {
    throw new BotError(
      'CONTENT_INVALID',
      `Content in ${root} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
      problems,
    );
  }
  return { entries, byId, synonyms, paths, welcome };
}
