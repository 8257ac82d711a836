import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { addQuestionsToFrontMatter } from '../../adapters/admin/export.js';
import { runLearn } from '../../adapters/admin/learn-command.js';
import { createStore } from '../../adapters/store/index.js';
import { loadLayers, silentLogger } from '../../src/index.js';
import { copyFixture } from '../helpers.js';

const ENTRY = `---
title: "CRDTs"   # keep this comment
kind: concept
summary: >-
  Folded text
  over two lines.
questions:
  - what is a crdt
  - "quoted: one"
aliases: [crdt]
---
Body text.
`;

const sink = () => {
  let text = '';
  const write = (chunk: unknown, _: unknown, done: () => void) => {
    text += String(chunk);
    done();
  };
  return Object.assign(new Writable({ write }), { text: () => text });
};

describe('npm run learn -- --export', () => {
  it('adds questions to a block list by inserting lines, every other byte as it was', () => {
    const edited = addQuestionsToFrontMatter(ENTRY, ['merge without conflicts', 'what is a CRDT', 'crdt: why?'])!;
    expect(edited).toBe(ENTRY.replace('  - "quoted: one"\n', '  - "quoted: one"\n  - merge without conflicts\n  - "crdt: why?"\n'));
  });

  it('adds to a flow list, or starts a list, and leaves a file alone when nothing is new', () => {
    const flow = ENTRY.replace(/questions:\n {2}- what is a crdt\n {2}- "quoted: one"\n/, 'questions: [what is a crdt]\n');
    expect(addQuestionsToFrontMatter(flow, ['crdt use cases'])).toBe(flow.replace('[what is a crdt]', '[what is a crdt, crdt use cases]'));
    const none = ENTRY.replace(/questions:\n {2}- what is a crdt\n {2}- "quoted: one"\n/, '');
    expect(addQuestionsToFrontMatter(none, ['crdt use cases'])).toBe(
      none.replace('aliases: [crdt]\n', 'aliases: [crdt]\nquestions:\n  - crdt use cases\n'),
    );
    expect(addQuestionsToFrontMatter(ENTRY, ['WHAT IS A CRDT'])).toBeNull();
  });

  it('writes the accepted questions of the store into the content, which then passes npm run check', async () => {
    const dir = copyFixture();
    const storeDir = mkdtempSync(join(tmpdir(), 'learn-'));
    const env = { STORE_PATH: join(storeDir, 'bot.sqlite') };
    try {
      const store = await createStore(
        { backend: 'sqlite', path: env.STORE_PATH, salt: 'learn-test-salt-0123456789', keepQuestionText: true, retentionDays: 30 },
        silentLogger,
        { purgeIntervalMs: false },
      );
      await store.learning.accept('how do replicas merge without talking', 'crdt');
      await store.learning.accept('What does "eventually consistent" mean here?', 'crdt');
      await store.close();
      const before = readFileSync(join(dir, 'concepts', 'crdt.md'), 'utf8');
      const layers = [{ dir, rules: 'shipped' as const }];
      const io = { env, layers, loadContent: loadLayers, stdout: sink(), stderr: sink(), logger: silentLogger };
      const code = await runLearn(['--export'], io);
      expect(code, io.stderr.text()).toBe(0);
      const after = readFileSync(join(dir, 'concepts', 'crdt.md'), 'utf8');
      expect(after).not.toBe(before);
      expect(after.split('\n').filter((line) => !before.split('\n').includes(line))).toEqual([
        '  - how do replicas merge without talking',
        '  - "What does \\"eventually consistent\\" mean here?"',
      ]);
      expect(loadLayers(layers).byId.get('crdt')!.questions).toContain('What does "eventually consistent" mean here?');
      // Run again: nothing new to write.
      expect(await runLearn(['--export'], { ...io, stdout: sink() })).toBe(0);
      expect(readFileSync(join(dir, 'concepts', 'crdt.md'), 'utf8')).toBe(after);
      const check = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'dist', 'adapters', 'cli', 'check.js')], {
        env: { PATH: process.env.PATH!, CONTENT_DIR: dir },
        encoding: 'utf8',
      });
      expect(check.status, check.stdout + check.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(storeDir, { recursive: true, force: true });
    }
  });
});
