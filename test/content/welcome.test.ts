import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BotError, createBot, loadContent } from '../../src/index.js';
import { firstSentence } from '../../src/onboarding/paths.js';
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

const editWelcome = (change: (text: string) => string) => (dir: string) => editFile(dir, 'welcome.md', change);

describe('welcome.md', () => {
  it('loads the title, the text below the front matter, the three starters and the level prompt', () => {
    expect(loadContent(FIXTURE_CONTENT).welcome).toEqual({
      title: 'Welcome to the study group',
      intro: 'I answer questions about **distributed-systems careers** and the concepts they need.',
      starters: ['dse-vs-sre', 'staff', 'crdt'],
      pathPrompt: 'Pick your level for a learning path.',
      file: `${FIXTURE_CONTENT}/welcome.md`,
    });
  });

  it('names file, field and value when a starter is not an entry', () => {
    expect(problemsAfter(editWelcome((t) => t.replace('[dse-vs-sre, staff, crdt]', '[dse-vs-sre, raft, crdt]')))).toEqual([
      'content/welcome.md: starters[1]: "raft" is not an entry',
    ]);
  });

  it('asks for exactly three starters, naming the field', () => {
    const problems = problemsAfter(editWelcome((t) => t.replace('[dse-vs-sre, staff, crdt]', '[dse-vs-sre, staff]')));
    expect(problems).toEqual([
      expect.stringMatching(/^content\/welcome\.md: starters: list exactly 3 entry ids.*\(got \["dse-vs-sre","staff"\]\)/),
    ]);
  });

  it('rejects a starter listed twice', () => {
    expect(problemsAfter(editWelcome((t) => t.replace('[dse-vs-sre, staff, crdt]', '[crdt, staff, crdt]')))).toEqual([
      'content/welcome.md: starters[2]: "crdt" is listed twice',
    ]);
  });

  it('reports a missing title and an unknown field, usually a typo', () => {
    const problems = problemsAfter(
      editWelcome((t) => t.replace('title: Welcome to the study group\n', '').replace('path_prompt:', 'prompt:')),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/welcome\.md: title: .*missing/),
        'content/welcome.md: prompt: unknown field',
      ]),
    );
  });

  it('rejects an empty welcome text and one too long for a chat message', () => {
    expect(problemsAfter(editWelcome((t) => t.replace(/---\nI answer[\s\S]*$/, '---\n')))).toEqual([
      'content/welcome.md: body: is empty (write the welcome text below the front matter)',
    ]);
    expect(problemsAfter(editWelcome((t) => `${t}\n${'word '.repeat(400)}`))).toEqual([
      expect.stringMatching(/^content\/welcome\.md: body: has \d+ characters, at most 1500 fit a chat welcome$/),
    ]);
  });

  it('reports broken front matter with the file name', () => {
    const problems = problemsAfter((dir) => writeFileSync(join(dir, 'welcome.md'), 'Welcome!\n'));
    expect(problems).toEqual(['content/welcome.md: front matter: the file must start with a line "---"']);
  });

  it('is optional: without it the bot welcomes with its help text and its usual starters', () => {
    const dir = copyFixture();
    rmSync(join(dir, 'welcome.md'));
    const kb = loadContent(dir);
    expect(kb.welcome).toBeNull();
    const welcome = createBot({ knowledgeBase: kb }).welcome();
    expect(welcome.intro).toMatch(/^I answer questions about careers in distributed systems/);
    expect(welcome.starters.map((s) => s.id)).toEqual(['dse-vs-sre', 'staff', 'crdt']);
    expect(welcome.paths).toEqual([{ id: 'staff', title: 'Path to staff' }]);
  });
});

describe('learning paths for onboarding', () => {
  const bot = createBot({ knowledgeBase: loadContent(FIXTURE_CONTENT) });

  it('finds a path by its id or by the words naming its level', () => {
    for (const words of ['staff', 'STAFF', 'staff level', 'path to staff']) expect(bot.learningPath(words)?.id).toBe('staff');
    expect(bot.learningPath('astronaut')).toBeNull();
    expect(bot.learningPath('')).toBeNull();
  });

  it('gives each step its title and the first sentence of its summary, in order', () => {
    const path = bot.learningPath('staff')!;
    expect(path.steps.map((s) => s.id)).toEqual(['gossip', 'crdt', 'staff']);
    expect(path.steps[0]).toMatchObject({
      title: 'Gossip protocols',
      line: expect.stringMatching(/^Gossip protocols spread .* like an epidemic\.$/),
    });
  });

  it('opens one step of a path by the exact path id and place, as a step or "Next" button names it', () => {
    const context = { platform: 'slack' as const, userId: 'U1' };
    const opened = bot.pathStep('staff', 1, context)!;
    expect(opened.path.id).toBe('staff');
    expect(opened.index).toBe(1);
    expect(opened.answer.entryId).toBe('crdt');
    // An old button may name a step past the end, or a path that is gone; words are not ids here.
    expect(bot.pathStep('staff', 3, context)).toBeNull();
    expect(bot.pathStep('staff level', 0, context)).toBeNull();
    expect(bot.pathStep('astronaut', 0, context)).toBeNull();
  });

  it('cuts a one-line summary at a sentence end, else at a word, never inside "e.g."', () => {
    expect(firstSentence('Quorums overlap, e.g. three of five. Then more.')).toBe('Quorums overlap, e.g. three of five.');
    expect(firstSentence(`${'word '.repeat(60)}end.`, 40)).toMatch(/^(word ){6}word…$/);
  });
});
