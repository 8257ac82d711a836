import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBot, loadContent, type Bot } from '../src/index.js';

export const FIXTURE_CONTENT = join(import.meta.dirname, 'fixtures', 'content');
export const REAL_CONTENT = join(import.meta.dirname, '..', 'content');

/** A bot over the small fixture content, for tests that must not depend on the real corpus. */
export function fixtureBot(): Bot {
  return createBot({ knowledgeBase: loadContent(FIXTURE_CONTENT) });
}

/** A writable copy of the fixture content, for tests that break one file. */
export function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  return dir;
}

/** Rewrites a file of a content copy with `change` applied to its text. */
export function editFile(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}
