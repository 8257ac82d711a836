import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slackToPlain } from '../../adapters/slack/markdown.js';
import { SLACK_LIMITS, renderAnswer, type RenderOptions, type SlackMessage } from '../../adapters/slack/render.js';
import { createBot, loadContent } from '../../src/index.js';
import { REAL_CONTENT } from '../helpers.js';
import { blockProblems } from '../../fakes/slack/block-limits.js';
import { hostileText, RUNS } from './arbitraries.js';

// The real content: its longest answers are the ones that test the limits.
const bot = createBot({ knowledgeBase: loadContent(REAL_CONTENT) });
const SHARER = 'U0SHARER';
const PLACES: RenderOptions[] = [{}, { ephemeral: true, slashCommand: '/ask' }, { sharedBy: SHARER }];

type Json = Record<string, any>;
/** Keys whose values Slack never displays: ids, URLs, button values (data that comes back to the bot). */
const HIDDEN = new Set(['url', 'value', 'action_id', 'block_id', 'type', 'style']);

/** Every string Slack would display from a message: its fallback text and all text in its blocks. */
function displayed(message: SlackMessage): string[] {
  const out = [message.text];
  const walk = (node: unknown) => {
    if (typeof node === 'string') out.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) if (!HIDDEN.has(key)) walk(value);
  };
  walk(message.blocks);
  return out;
}

/** Every way a message breaks a Block Kit limit or could ping someone; empty when it is fine. */
function problems(message: SlackMessage): string[] {
  // Everything Slack itself checks (the fake's validator): limits, button values ≤ 2,000, ids.
  const out = blockProblems(message.blocks);
  const check = (ok: boolean, problem: string) => ok || out.push(problem);
  check(message.blocks.length <= SLACK_LIMITS.blocks, `${message.blocks.length} blocks`);
  check(message.text.length > 0 && message.text.length <= SLACK_LIMITS.fallbackText, `fallback text of ${message.text.length}`);
  for (const block of message.blocks as Json[]) {
    if (block.type === 'section') check(block.text.text.length <= SLACK_LIMITS.sectionText, `section of ${block.text.text.length}`);
    for (const element of block.type === 'actions' ? block.elements : [])
      check(element.text.text.length <= SLACK_LIMITS.buttonText, 'button text too long');
  }
  // <!channel>, <!here>, <@U…> and <#C…> ping or link; escaped user text has none. The one
  // mention allowed is the bot's own naming of who shared an answer.
  for (const text of displayed(message))
    check(!/<[!@#]/.test(text.replaceAll(`<@${SHARER}>`, '')), `a ping in ${JSON.stringify(text.slice(0, 200))}`);
  return out;
}

describe('hostile text through the core and the Slack renderer', () => {
  it(`keeps every message within Block Kit limits and lets no ping through (${RUNS.toLocaleString('en')} runs)`, () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), fc.constantFrom(...PLACES), (raw, fromSlack, place) => {
        // As an event handler gets it (Slack's encoding decoded), or as raw as it can come.
        const question = fromSlack ? slackToPlain(raw, 'UBOT') : raw;
        // One assertion per run, on a plain list: hundreds of thousands of expect() calls would cost seconds.
        expect(problems(renderAnswer(bot.ask(question, { platform: 'slack' }), place))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
