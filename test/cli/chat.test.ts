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
