import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../helpers.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
// The built command, as `npm run ask` runs it; `npm test` builds before testing.
const ASK = join(ROOT, 'dist', 'adapters', 'cli', 'ask.js');
const env = { ...process.env, CONTENT_DIR: FIXTURE_CONTENT };

/** Runs the built `ask` command as a user would, optionally feeding stdin. */
async function ask(args: string[], input?: string): Promise<{ stdout: string; stderr: string }> {
  const child = run(process.execPath, [ASK, ...args], { env, cwd: ROOT });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  return child;
}

const FIELDS = ['question', 'answered', 'id', 'title', 'answer', 'shown', 'confidence', 'related', 'suggestions'];

describe('ask --json (spawned)', () => {
  it('prints exactly one JSON object with exactly the contract fields', async () => {
    const { stdout } = await ask(['--json', 'wats a crdt']);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expect(Object.keys(answer)).toEqual(FIELDS);
    expect(answer).toMatchObject({ question: 'wats a crdt', answered: true, id: 'crdt' });
    expect(answer.title).toContain('CRDT');
    expect(answer.answer).toContain('merge to the same state');
    expect(answer.answer).toContain('state-based');
    // What a channel shows first is the short answer; the details are in `answer` only.
    expect(answer.shown).toContain('merge to the same state');
    expect(answer.shown).not.toContain('state-based');
    expect(answer.related).toEqual([{ id: 'gossip', title: 'Gossip protocols' }]);
    expect(answer.confidence).toBeGreaterThan(0.5);
    expect(answer.confidence).toBeLessThanOrEqual(1);
  });

  it('gives answered false, null id and title and an empty answer when it declines', async () => {
    const { stdout } = await ask(['--json', 'how tall is mount everest']);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ answered: false, id: null, title: null, answer: '' });
    expect(Array.isArray(answer.suggestions)).toBe(true);
  });

  it('answers a batch from stdin one line per question, in order, blank lines included', async () => {
    const { stdout } = await ask(['--json', '--batch'], 'SRE vs DSE?\n\nwats a crdt\nzzzz\n');
    const answers = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(answers.map((a) => a.question)).toEqual(['SRE vs DSE?', '', 'wats a crdt', 'zzzz']);
    expect(answers.map((a) => a.id)).toEqual(['dse-vs-sre', null, 'crdt', null]);
  });

  it('reads JSON lines of one conversation against each other, and plain lines on their own', async () => {
    const input = [
      JSON.stringify({ q: 'what is a crdt', conversation: 'c1' }),
      JSON.stringify({ q: 'what does a staff engineer own', conversation: 'c2' }),
      JSON.stringify({ q: 'how does it compare to gossip?', conversation: 'c1' }),
      'how does it compare to gossip?',
    ].join('\n');
    const { stdout } = await ask(['--json', '--batch'], `${input}\n`);
    const answers = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(answers.map((a) => a.question)).toEqual([
      'what is a crdt',
      'what does a staff engineer own',
      'how does it compare to gossip?',
      'how does it compare to gossip?',
    ]);
    // c1's follow-up leans on the CRDT answer, not on c2's; the plain line has nothing to lean on.
    expect(answers[2].id).toBe('crdt+gossip');
    expect(answers[3].id).not.toBe('crdt+gossip');
  });

  it('prints a readable answer without --json', async () => {
    const { stdout } = await ask(['SRE', 'vs', 'DSE?']);
    expect(stdout).toMatch(/^Distributed systems engineer vs SRE\n/);
    expect(stdout).toContain('Next (type a number):\n  [1] Site reliability engineer (SRE)');
  });

  it('names every content problem and exits 1 when the content is broken', async () => {
    const failed = await run(process.execPath, [ASK, '--json', 'x'], {
      env: { ...env, CONTENT_DIR: join(FIXTURE_CONTENT, 'missing') },
    }).catch((error: { code: number; stderr: string; stdout: string }) => error);
    expect(failed).toMatchObject({ code: 1, stdout: '' });
    expect((failed as { stderr: string }).stderr).toContain('Content folder not found');
  });
});
