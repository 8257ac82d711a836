import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCommand } from '../cli/run-command.js';
import { FIXTURES, tempDir } from './helpers.js';

// The built command, as `npm run import` runs it; `npm test` builds before testing.
const SCRIPT = join('adapters', 'cli', 'import.js');
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder to run in, and a shipped content folder with one entry whose id the import must not take. */
function workspace(): { cwd: string; env: Record<string, string> } {
  const cwd = tempDir();
  made.push(cwd);
  mkdirSync(join(cwd, 'content', 'faqs'), { recursive: true });
  writeFileSync(join(cwd, 'content', 'faqs', 'pairing-do-we-do-it.md'), '---\n---\n');
  return { cwd, env: { CONTENT_DIR: join(cwd, 'content') } };
}

describe('npm run import (spawned)', () => {
  it('imports, reports unmapped rows with their line and prints the summary', async () => {
    const { cwd, env } = workspace();
    const result = await runCommand(SCRIPT, env, { cwd, args: [join(FIXTURES, 'qnamaker.tsv')] });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('read as a QnA Maker TSV export, 4 items to import');
    expect(result.stdout).toContain('  line 10: skipped: no answer for "Where is the VPN config?": not imported\n');
    expect(result.stdout).toContain('  line 5: follow-up prompts (multi-turn) are not supported');
    expect(result.stdout).toContain('  new      team-content/faqs/on-call-how-does-the-rotation-work.md\n');
    expect(result.stdout.endsWith('4 written (4 new, 0 updated), 0 unchanged, 1 skipped (1 no answer)\n')).toBe(true);
    expect(readdirSync(join(cwd, 'team-content', 'faqs'))).toHaveLength(4);
  });

  it('says nothing changed the second time', async () => {
    const { cwd, env } = workspace();
    const args = [join(FIXTURES, 'faq.csv'), '--out', 'ours'];
    await runCommand(SCRIPT, env, { cwd, args });
    const again = await runCommand(SCRIPT, env, { cwd, args });
    expect(again.code).toBe(0);
    expect(again.stdout.endsWith('0 written, 3 unchanged, 2 skipped (1 no answer, 1 no question)\n')).toBe(true);
    // The shipped content has pairing-do-we-do-it: the team entry takes another id instead of replacing it.
    expect(readdirSync(join(cwd, 'ours', 'faqs')).sort()).toEqual([
      'how-do-i-book-the-lab.md',
      'ou-sont-les-comptes-rendus-de-reunion.md',
      'pairing-do-we-do-it-2.md',
    ]);
  });

  it('resolves paths from where npm run was typed', async () => {
    const { cwd, env } = workspace();
    cpSync(join(FIXTURES, 'qnabot.json'), join(cwd, 'export.json'));
    const elsewhere = join(cwd, 'content');
    const result = await runCommand(
      SCRIPT,
      { ...env, npm_lifecycle_event: 'import', INIT_CWD: cwd },
      { cwd: elsewhere, args: ['export.json'] },
    );
    expect(result.code).toBe(0);
    expect(readdirSync(join(cwd, 'team-content', 'faqs'))).toHaveLength(4);
    expect(existsSync(join(elsewhere, 'team-content'))).toBe(false);
  });

  it('takes --format over the extension', async () => {
    const { cwd, env } = workspace();
    cpSync(join(FIXTURES, 'faq.csv'), join(cwd, 'faq.txt'));
    const result = await runCommand(SCRIPT, env, { cwd, args: ['faq.txt', '--format', 'csv'] });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('faq.txt: read as a CSV of questions and answers, 3 items to import');
  });

  it('exits 1 when the file cannot be read, or nothing in it can be mapped, and writes nothing', async () => {
    const { cwd, env } = workspace();
    const missing = await runCommand(SCRIPT, env, { cwd, args: ['nope.tsv'] });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('nope.tsv: cannot be read: no such file\n');

    writeFileSync(join(cwd, 'empty.csv'), 'question,answer\nwhere is it,\n,nobody asked\n');
    const empty = await runCommand(SCRIPT, env, { cwd, args: ['empty.csv'] });
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain('0 written, 0 unchanged, 2 skipped (1 no answer, 1 no question)\nNothing could be imported.\n');
    expect(existsSync(join(cwd, 'team-content'))).toBe(false);

    writeFileSync(join(cwd, 'other.json'), '{"faqs": []}');
    const unknown = await runCommand(SCRIPT, env, { cwd, args: ['other.json'] });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('other.json: is JSON, but neither a QnA Maker export');
  });

  it.each([
    [[], 'Give the export file to import.'],
    [['a.csv', 'b.csv'], 'Give one export file at a time.'],
    [['a.csv', '--format', 'xlsx'], '--format xlsx: not a format this command reads'],
    [['a.csv', '--verbose'], "Unknown option '--verbose'"],
  ])('exits 2 with the usage on %j', async (args, message) => {
    const { cwd, env } = workspace();
    const result = await runCommand(SCRIPT, env, { cwd, args });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage:\n  npm run import -- FILE [--out DIR] [--format FORMAT]');
    expect(result.stdout).toBe('');
  });
});
