import { describe, expect, it } from 'vitest';
import type { CatalogueGroup, PathView, WelcomeView } from '../../src/index.js';
import { HOME_MAX_BLOCKS, renderHome } from '../../adapters/slack/home-view.js';
import { renderPath, renderWelcome, stepFooter } from '../../adapters/slack/onboarding-render.js';
import { renderAnswer } from '../../adapters/slack/render.js';
import { blockProblems } from '../../fakes/slack/block-limits.js';
import { createFixtureBot } from '../../fakes/slack/harness.js';

const long = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

function bigPath(id: string, steps: number): PathView {
  return {
    id,
    title: `${long('Path', 40)} ${id}`,
    intro: long('intro <b>&', 500),
    steps: Array.from({ length: steps }, (_, i) => ({ id: `step-${i}`, title: `${long('Title', 20)} ${i}`, line: long('line <@U1>', 40) })),
  };
}

const welcome: WelcomeView = {
  title: long('Welcome', 40),
  intro: long('**intro** & <!here>', 90),
  starters: [1, 2, 3].map((i) => ({ id: `s${i}`, title: long('Starter', 20) })),
  pathPrompt: long('Pick', 40),
  paths: Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, title: long('Level', 30) })),
};

const hugeCatalogue: CatalogueGroup[] = (['role', 'level', 'comparison', 'scenario', 'concept', 'guide', 'faq'] as const).map((kind) => ({
  kind,
  label: `${kind} group`,
  entries: Array.from({ length: 130 }, (_, i) => ({ id: `${kind}-${i}`, title: `${long('Long title', 12)} ${i}` })),
}));

describe('Slack onboarding rendering within Block Kit limits', () => {
  it('keeps the App Home within 100 blocks with a huge catalogue, pointing to /ask topics for the rest', () => {
    const blocks = renderHome({
      welcome,
      paths: Array.from({ length: 5 }, (_, i) => bigPath(`level-${i}`, 14)),
      catalogue: hugeCatalogue,
      mostAsked: [{ id: 'crdt', title: long('Popular', 30), count: 9 }],
      slashCommand: '/ask',
    });
    expect(blocks.length).toBeLessThanOrEqual(HOME_MAX_BLOCKS);
    expect(blockProblems(blocks, HOME_MAX_BLOCKS)).toEqual([]);
  });

  it('keeps the App Home of the fixture content valid, with an empty most-asked list said plainly', () => {
    const bot = createFixtureBot();
    const blocks = renderHome({
      welcome: bot.welcome(),
      paths: [bot.learningPath('staff')!],
      catalogue: bot.catalogue(),
      mostAsked: [],
      slashCommand: '/ask',
    });
    expect(blockProblems(blocks, HOME_MAX_BLOCKS)).toEqual([]);
    expect(JSON.stringify(blocks)).toContain('Nothing asked yet this week');
  });

  it('keeps a long path within 50 blocks, saying how many steps are left for "next"', () => {
    const message = renderPath(bigPath('long', 80));
    expect(blockProblems(message.blocks)).toEqual([]);
    expect(JSON.stringify(message.blocks)).toContain('…and 34 more steps');
  });

  it('keeps the welcome valid with every text at its longest, escaping what could ping', () => {
    const message = renderWelcome(welcome);
    expect(blockProblems(message.blocks)).toEqual([]);
    expect(JSON.stringify(message.blocks)).not.toContain('<!here>');
  });

  it('keeps a step of a path within 50 blocks even under the longest answer', () => {
    const bot = createFixtureBot();
    const answer = { ...bot.answerFor('crdt', { platform: 'slack' })!, details: long('paragraph\n\n', 400) };
    const path = bigPath('long', 3);
    const message = renderAnswer(answer, { ephemeral: true, footer: stepFooter(path, 1) });
    expect(blockProblems(message.blocks)).toEqual([]);
    expect(message.blocks.at(-1)).toMatchObject({ block_id: 'path_nav' });
  });
});
