import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentLayers } from '../../adapters/boot/paths.js';
import { type BotError, createBot, loadLayers, type ContentLayer } from '../../src/index.js';
import { copyFixture } from '../helpers.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A team folder with these FAQ entries (file name → front matter lines and body). */
function teamFolder(entries: Record<string, { front: string; body?: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'team-'));
  made.push(dir);
  mkdirSync(join(dir, 'faqs'));
  for (const [id, { front, body = '' }] of Object.entries(entries))
    writeFileSync(join(dir, 'faqs', `${id}.md`), `---\n${front}\n---\n${body}\n`);
  return dir;
}

const shipped = (): ContentLayer => {
  const dir = copyFixture();
  made.push(dir);
  return { dir, rules: 'shipped', displayRoot: 'content' };
};
const team = (dir: string): ContentLayer => ({ dir, rules: 'team', displayRoot: 'team-content' });

function problems(layers: ContentLayer[]): readonly string[] {
  try {
    loadLayers(layers);
    return [];
  } catch (error) {
    return (error as BotError).problems;
  }
}

describe('a team FAQ laid over the shipped content', () => {
  it('answers a team entry that has a single question and no body', () => {
    const dir = teamFolder({
      'oncall-rota': {
        front:
          'title: "Who owns the on-call rota?"\nkind: faq\nsummary: "The platform team owns it; ask in #platform-oncall."\nquestions:\n  - who owns the on-call rota',
      },
    });
    const kb = loadLayers([shipped(), team(dir)]);
    expect(kb.byId.get('crdt')).toBeDefined();
    const answer = createBot({ knowledgeBase: kb }).ask('who owns the oncall rota?', { platform: 'cli' });
    expect(answer).toMatchObject({ kind: 'answer', entryId: 'oncall-rota' });
    expect(answer.summary).toContain('#platform-oncall');
  });

  it('lets a team entry replace the shipped entry of the same id, and says so as a warning', () => {
    const dir = teamFolder({
      crdt: {
        front:
          'title: "CRDTs, the way our team uses them"\nkind: faq\nsummary: We use Automerge for the shared editor.\nquestions:\n  - what is a crdt',
      },
    });
    const kb = loadLayers([shipped(), team(dir)]);
    expect(kb.byId.get('crdt')?.title).toBe('CRDTs, the way our team uses them');
    expect(kb.entries.filter((e) => e.id === 'crdt')).toHaveLength(1);
    expect(kb.warnings).toEqual([expect.stringMatching(/^team-content\/faqs\/crdt\.md: replaces content\/concepts\/crdt\.md/)]);
  });

  it('reports a question shared by a team entry and another entry as a warning, not a problem', () => {
    const dir = teamFolder({
      'our-gossip': {
        front:
          'title: Our gossip setup\nkind: faq\nsummary: Serf, tuned for 200 nodes.\nquestions:\n  - how does gossip spread information',
      },
    });
    const kb = loadLayers([shipped(), team(dir)]);
    expect(kb.warnings?.some((w) => /questions\[0\]: "how does gossip spread information" is also a question of/.test(w))).toBe(true);
  });

  it('still refuses a team entry with no question, naming the file and field', () => {
    const dir = teamFolder({ empty: { front: 'title: Nothing asked\nkind: faq\nsummary: An answer without a question.' } });
    expect(problems([shipped(), team(dir)])).toEqual([
      'team-content/faqs/empty.md: questions: has none, needs at least one (the question this entry answers)',
    ]);
  });

  it('keeps the shipped rules for the shipped content: five questions and no shared question', () => {
    const base = shipped();
    const dir = teamFolder({});
    writeFileSync(
      join(base.dir, 'concepts', 'thin.md'),
      '---\ntitle: Thin\nkind: concept\nsummary: Too few questions.\nquestions:\n  - one\n---\nA body.\n',
    );
    expect(problems([base, team(dir)])).toEqual(['content/concepts/thin.md: questions: has 1, needs at least 5 alternate phrasings']);
  });
});

describe('which folders are laid over the shipped content', () => {
  it('takes CONTENT_DIRS, separated by commas, each under the team rules', () => {
    const layers = contentLayers({ CONTENT_DIRS: '/srv/team-a, /srv/team-b' });
    expect(layers.map((l) => [l.dir, l.rules])).toEqual([
      [expect.stringMatching(/content$/), 'shipped'],
      ['/srv/team-a', 'team'],
      ['/srv/team-b', 'team'],
    ]);
  });

  it('lays nothing over the shipped content with CONTENT_DIRS=none', () => {
    expect(contentLayers({ CONTENT_DIRS: 'none' }).map((l) => l.rules)).toEqual(['shipped']);
  });
});
