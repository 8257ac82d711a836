import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { splitFrontMatter } from '../../src/content/front-matter.js';
import { type FrontMatter, frontMatterSchema } from '../../src/content/schema.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A fresh empty folder (the caller removes it). */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'import-'));
}

/** A writable copy of one fixture in a fresh folder, for tests that change the export. */
export function copyOfFixture(name: string): string {
  const path = join(tempDir(), name);
  cpSync(join(FIXTURES, name), path);
  return path;
}

/** Every file under `dir`, relative to it, with its bytes: what a second run must leave alone. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), readFileSync(path, 'utf8'));
  }
  return files;
}

/**
 * Reads a written entry as the content loader does (front matter split, then the zod schema)
 * and checks what a team FAQ entry must be: kind faq, in faqs/, an id of lower-case words.
 */
export function readEntry(path: string): FrontMatter & { body: string; raw: string } {
  const raw = readFileSync(path, 'utf8');
  const { data, body } = splitFrontMatter(raw);
  const parsed = frontMatterSchema.safeParse(data);
  expect(parsed.error?.issues ?? [], `${path} fails the schema`).toEqual([]);
  const frontMatter = parsed.data!;
  expect(frontMatter.kind).toBe('faq');
  expect(basename(join(path, '..'))).toBe('faqs');
  expect(basename(path, '.md')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(frontMatter.questions.length).toBeGreaterThanOrEqual(1);
  return { ...frontMatter, body, raw };
}
