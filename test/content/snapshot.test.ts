import { mkdirSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFingerprint, parseSnapshot, serialiseSnapshot } from '../../src/content/snapshot.js';
import { loadContent } from '../../src/index.js';
import { copyFixture, editFile } from '../helpers.js';

describe('content snapshot', () => {
  it('gives back the same knowledge base it was made from', () => {
    const dir = copyFixture();
    const kb = loadContent(dir);
    const fingerprint = contentFingerprint(dir);
    const restored = parseSnapshot(serialiseSnapshot(kb, fingerprint), fingerprint)!;
    expect(restored.entries).toEqual(kb.entries);
    expect(restored.paths).toEqual(kb.paths);
    expect(restored.synonyms).toEqual(kb.synonyms);
    expect(restored.welcome).toEqual(kb.welcome);
    expect(restored.welcome?.starters).toEqual(['dse-vs-sre', 'staff', 'crdt']);
    expect(restored.byId.get('crdt')).toEqual(kb.byId.get('crdt'));
  });

  it('is ignored once any content file changes, even by one character', () => {
    const dir = copyFixture();
    const kb = loadContent(dir);
    const text = serialiseSnapshot(kb, contentFingerprint(dir));
    editFile(dir, 'concepts/crdt.md', (t) => t.replace('Two families', 'Two familes'));
    expect(parseSnapshot(text, contentFingerprint(dir))).toBeNull();
  });

  it('reads a folder behind a symbolic link as the folder itself, and notices a file moved between folders', () => {
    const dir = copyFixture();
    const before = contentFingerprint(dir);
    renameSync(join(dir, 'concepts'), join(dir, 'concepts-real'));
    symlinkSync(join(dir, 'concepts-real'), join(dir, 'concepts'));
    const linked = contentFingerprint(dir);
    expect(linked).not.toBe(before); // the real folder is hashed too, under its own name
    mkdirSync(join(dir, 'extra'));
    renameSync(join(dir, 'concepts-real', 'gossip.md'), join(dir, 'extra', 'gossip.md'));
    expect(contentFingerprint(dir)).not.toBe(linked);
  });

  it('is ignored when unreadable', () => {
    expect(parseSnapshot('{not json', 'x')).toBeNull();
  });
});
