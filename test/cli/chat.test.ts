import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runChat } from '../../adapters/cli/chat.js';
import { fixtureBot } from '../helpers.js';

/** Feeds lines to the terminal chat (not a TTY) and returns everything it printed. */
async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => (printed += chunk));
  const done = runChat(fixtureBot(), input as never, output as never);
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return printed;
}

describe('terminal chat', () => {
  it('shows the short answer first, with "More" and the follow-ups as numbered choices', async () => {
    const printed = await chat(['what is a crdt', '1', '1']);
    expect(printed).toContain('CRDTs: conflict-free replicated data types');
    expect(printed).toContain('[1] More: the rest of this answer');
    expect(printed).toContain('[2] Gossip protocols');
    // The details appear once, after "1"; under them "1" is the first follow-up, not a search for "1".
    expect(printed.split('state-based').length).toBe(2);
    expect(printed.indexOf('state-based')).toBeGreaterThan(printed.indexOf('[1] More'));
    expect(printed.split('Gossip protocols\n\nGossip protocols spread information').length).toBe(2);
  });

  it('says which numbers there are when a number is out of range, and does not search for it', async () => {
    const printed = await chat(['what is a crdt', '9']);
    expect(printed).toContain('Pick a number from 1 to 2, or ask a question.');
    expect(printed).not.toContain("Sorry, I don't know");
  });

  it('numbers the topics, grouped by kind, so that a number opens one', async () => {
    const printed = await chat(['topics', '1']);
    expect(printed).toMatch(/Roles\n {2}\[1\] /);
    const first = /Roles\n {2}\[1\] (.+)\n/.exec(printed)![1]!;
    // "1" opened that entry: its title is printed again as the heading of an answer.
    expect(printed.split(`\n${first}\n\n`).length).toBe(2);
  });

  it('reads a follow-up against the last answer', async () => {
    const printed = await chat(['what is a crdt', 'how does it compare to gossip?']);
    expect(printed).toContain('CRDT vs Gossip protocols');
  });

  it('stops at quit without answering what follows', async () => {
    const printed = await chat(['help', 'quit', 'what is a crdt']);
    expect(printed).toContain('Follow up on the last answer');
    expect(printed).toContain('a number opens one of the [choices]');
    expect(printed).not.toContain('merge to the same state');
  });

  it('stops at "/quit" too, as chat apps write it', async () => {
    const printed = await chat(['/quit', 'what is a crdt']);
    expect(printed).not.toContain('merge to the same state');
  });

  it('wraps long lines at word boundaries to the width it is given', async () => {
    const { renderText } = await import('../../adapters/cli/text.js');
    const answer = fixtureBot().ask('what is a crdt', { platform: 'cli' });
    const text = renderText(answer, { width: 40 });
    // Only a single word longer than the width (a URL) may stick out.
    for (const line of text.split('\n')) if (line.length > 40) expect(line.trim()).not.toContain(' ');
    // No word is cut in two: the same words in the same order as unwrapped.
    expect(text.split(/\s+/)).toEqual(renderText(answer, { width: 0 }).split(/\s+/));
  });

  it('removes terminal control sequences from what it echoes', async () => {
    const printed = await chat(['\u001b[2Jwhat is a crdt\u0007']);
    expect(printed).not.toContain('\u001b[2J');
    expect(printed).not.toContain('\u0007');
  });
});

describe('terminal chat with a store', () => {
  it('records what was asked as platform "terminal", so the usage report shows it', async () => {
    const { spawn } = await import('node:child_process');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runCommand } = await import('./run-command.js');
    const { FIXTURE_CONTENT } = await import('../helpers.js');
    const dir = mkdtempSync(join(tmpdir(), 'chat-store-'));
    try {
      const env = { PATH: process.env.PATH!, STORE_PATH: join(dir, 'bot.sqlite'), CONTENT_DIR: FIXTURE_CONTENT, LOG_LEVEL: 'silent' };
      const main = join(import.meta.dirname, '..', '..', 'dist', 'adapters', 'boot', 'start.js');
      const chat = spawn(process.execPath, [main], { env, cwd: dir });
      let stderr = '';
      chat.stderr.on('data', (chunk) => (stderr += chunk));
      chat.stdin.end('what is a crdt\nzzzz\n');
      const code = await new Promise((resolve) => chat.on('exit', resolve));
      expect(code, stderr).toBe(0);
      expect(stderr).toContain('Store: SQLite');
      const report = await runCommand('adapters/boot/report.js', env, { cwd: dir, args: ['--json'] });
      expect(report.code, report.stderr).toBe(0);
      const platforms = JSON.parse(report.stdout).platforms as { platform: string; questions: number; answered: number }[];
      expect(platforms).toEqual([expect.objectContaining({ platform: 'terminal', questions: 2, answered: 1 })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
