import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BotError, loadContent } from '../../src/index.js';
import { copyFixture, editFile, FIXTURE_CONTENT } from '../helpers.js';

/** Loads a copy of the fixture with one change and returns the reported problems. */
function problemsAfter(change: (dir: string) => void): string[] {
  const dir = copyFixture();
  change(dir);
  try {
    loadContent(dir, { displayRoot: 'content' });
  } catch (error) {
    expect(error).toBeInstanceOf(BotError);
    expect((error as BotError).code).toBe('CONTENT_INVALID');
    return [...(error as BotError).problems];
  }
  return [];
}

describe('loadContent', () => {
  it('loads every entry with its id taken from the file name', () => {
    const kb = loadContent(FIXTURE_CONTENT);
    expect(kb.entries.map((e) => e.id).sort()).toEqual([
      'crdt',
      'distributed-systems-engineer',
      'dse-vs-sre',
      'gossip',
      'site-reliability-engineer',
      'staff',
    ]);
    expect(kb.byId.get('crdt')?.body).toContain('state-based');
    expect(kb.synonyms.sre).toEqual(['site reliability engineer']);
    expect(kb.paths[0]).toMatchObject({ id: 'staff', steps: ['gossip', 'crdt', 'staff'] });
  });

  it('names file, field and value when a related id does not exist', () => {
    const problems = problemsAfter((dir) =>
      editFile(dir, 'concepts/crdt.md', (t) => t.replace('related: [gossip]', 'related: [gossip, vector-clock]')),
    );
    expect(problems).toEqual(['content/concepts/crdt.md: related[1]: "vector-clock" is not an entry']);
  });

  it('reports a summary longer than 600 characters with its field', () => {
    const problems = problemsAfter((dir) => editFile(dir, 'concepts/gossip.md', (t) => t.replace('like an epidemic.', 'x'.repeat(600))));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/concepts\/gossip\.md: summary: must be at most 600 characters/);
  });

  it('reports a missing title and an unknown kind together', () => {
    const problems = problemsAfter((dir) =>
      editFile(dir, 'concepts/gossip.md', (t) => t.replace('title: Gossip protocols\n', '').replace('kind: concept', 'kind: idea')),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/concepts\/gossip\.md: title: .*missing/),
        expect.stringMatching(/^content\/concepts\/gossip\.md: kind: must be one of role, level.*"idea"/),
      ]),
    );
  });

  it('rejects an unknown front-matter field, usually a typo', () => {
    const problems = problemsAfter((dir) => editFile(dir, 'concepts/gossip.md', (t) => t.replace('aliases:', 'alias:')));
    expect(problems).toEqual(['content/concepts/gossip.md: alias: unknown field']);
  });

  it('rejects a kind that does not match its folder', () => {
    const problems = problemsAfter((dir) => editFile(dir, 'concepts/gossip.md', (t) => t.replace('kind: concept', 'kind: role')));
    expect(problems[0]).toMatch(/gossip\.md: kind: "role" does not match its folder/);
  });

  it('rejects a duplicate id in another folder', () => {
    const problems = problemsAfter((dir) => {
      const copy = join(dir, 'roles', 'gossip.md');
      writeFileSync(copy, '---\ntitle: x\nkind: role\nsummary: y\nquestions: [a1, b1, c1, d1, e1]\n---\nbody\n');
    });
    expect(problems).toContain('content/roles/gossip.md: id: "gossip" is already used by content/concepts/gossip.md');
  });

  it('rejects an alternate question used by two entries, ignoring case and punctuation', () => {
    const problems = problemsAfter((dir) =>
      editFile(dir, 'concepts/gossip.md', (t) => t.replace('  - epidemic protocols', '  - What is a CRDT?')),
    );
    expect(problems).toEqual([
      'content/concepts/gossip.md: questions[2]: "What is a CRDT?" is also a question of content/concepts/crdt.md',
    ]);
  });

  it('rejects an empty body and too few alternate questions', () => {
    const problems = problemsAfter((dir) =>
      editFile(dir, 'levels/staff.md', (t) => t.replace(/---\nStaff engineers work[\s\S]*$/, '---\n').replace('  - staff level\n', '')),
    );
    expect(problems).toEqual([
      'content/levels/staff.md: body: is empty (write the long answer below the front matter)',
      'content/levels/staff.md: questions: has 4, needs at least 5 alternate phrasings',
    ]);
  });

  it('reports broken YAML with the line it is on', () => {
    const problems = problemsAfter((dir) =>
      editFile(dir, 'concepts/gossip.md', (t) => t.replace('tags: [membership]', 'tags: [membership')),
    );
    expect(problems[0]).toMatch(/^content\/concepts\/gossip\.md: front matter \(line \d+\)/);
  });

  it('explains an unquoted colon in plain words, quoting the line and showing the fix', () => {
    const problems = problemsAfter((dir) =>
      editFile(dir, 'concepts/gossip.md', (t) => t.replace(/^title: .*$/m, 'title: Gossip: how nodes spread news')),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/concepts\/gossip\.md: front matter \(line 2\): "title: Gossip: how nodes spread news": a value contains ": "/,
      ),
    ]);
    expect(problems[0]).toContain('Put the whole value in double quotes');
  });

  it('explains a list indented wrongly, and a tab, in plain words', () => {
    const indented = problemsAfter((dir) =>
      editFile(dir, 'concepts/gossip.md', (t) => t.replace(/^questions:\n {2}- /m, 'questions:\n    - ')),
    );
    expect(indented[0]).toMatch(/the indentation is off/);
    const tabbed = problemsAfter((dir) => editFile(dir, 'concepts/gossip.md', (t) => t.replace(/^kind: /m, '\tkind: ')));
    expect(tabbed[0]).toMatch(/a tab is used for indentation/);
  });

  it('reports a file without front matter', () => {
    const problems = problemsAfter((dir) => writeFileSync(join(dir, 'concepts', 'bare.md'), '# Just a heading\n'));
    expect(problems).toEqual(['content/concepts/bare.md: front matter: the file must start with a line "---"']);
  });

  it('rejects a source URL that is not http(s)', () => {
    const problems = problemsAfter((dir) =>
      editFile(dir, 'concepts/crdt.md', (t) => t.replace('https://doi.org/10.1007/978-3-642-24550-3_29', 'javascript:alert(1)')),
    );
    expect(problems[0]).toMatch(/crdt\.md: sources\[0\]\.url: must be an http\(s\) URL \(got "javascript:alert\(1\)"\)/);
  });

  it('validates synonyms and learning paths the same way', () => {
    const problems = problemsAfter((dir) => {
      writeFileSync(join(dir, 'synonyms.yaml'), 'SRE: []\n');
      editFile(dir, 'paths.yaml', (t) => t.replace('[gossip, crdt, staff]', '[gossip, raft]'));
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/synonyms\.yaml: SRE: /),
        'content/paths.yaml: staff.steps[1]: "raft" is not an entry',
      ]),
    );
  });

  it('lists every problem at once, not just the first', () => {
    const problems = problemsAfter((dir) => {
      editFile(dir, 'concepts/crdt.md', (t) => t.replace('related: [gossip]', 'related: [nope]'));
      editFile(dir, 'concepts/gossip.md', (t) => t.replace('related: [crdt]', 'related: [nada]'));
    });
    expect(problems).toHaveLength(2);
  });

  it('fails clearly when the folder does not exist', () => {
    const dir = copyFixture();
    rmSync(dir, { recursive: true });
    expect(() => loadContent(dir, { displayRoot: 'content' })).toThrow('Content folder not found: content');
  });
});
