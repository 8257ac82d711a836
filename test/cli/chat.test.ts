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
  it('answers each line and lets a number pick a follow-up of the last answer', async () => {
    const printed = await chat(['what is a crdt', '1']);
    expect(printed).toContain('CRDTs: conflict-free replicated data types');
    expect(printed).toContain('1. Gossip protocols');
    // "1" opened the first related entry, not a search for "1".
    expect(printed.split('Gossip protocols\n\nGossip protocols spread information').length).toBe(2);
  });

  it('stops at quit without answering what follows', async () => {
    const printed = await chat(['help', 'quit', 'what is a crdt']);
    expect(printed).toContain('Compare two things');
    expect(printed).not.toContain('merge to the same state');
  });

  it('removes terminal control sequences from what it echoes', async () => {
    const printed = await chat(['\u001b[2Jwhat is a crdt\u0007']);
    expect(printed).not.toContain('\u001b[2J');
    expect(printed).not.toContain('\u0007');
  });
});
