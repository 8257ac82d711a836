import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, NO_MENTIONS, renderAnswer as renderDiscord } from '../../adapters/discord/render.js';
import { SLACK_LIMITS, renderAnswer as renderSlack } from '../../adapters/slack/render.js';
import { createBot, loadContent } from '../../src/index.js';
import { REAL_CONTENT } from '../helpers.js';

// The real content: the longest answers are the ones that test the limits.
const bot = createBot({ knowledgeBase: loadContent(REAL_CONTENT) });
const RUNS = 10_000;

/** What people and other bots paste into chat, mixed with words that do find answers. */
const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.constantFrom(
          '<!channel>', '<!here>', '<!everyone>', '<@U0123ABC>', '<#C0123|general>', '<https://evil.example|click>',
          '@everyone', '@here', '<@&123456789012345678>', '**', '__', '~~', '`', '```', '> ', '# ', '- ', '*', '_', '|', '&amp;', '&lt;',
          '\u200B', '\u202E', '\u2066', '\uFEFF', '\u0000', '\u001b[2J', '🙂', 'crdt', 'sre vs dse', 'what is', 'raft', 'staff', ' ', '\n',
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.constantFrom('a'.repeat(40_000), '<!channel> '.repeat(4_000), 'consensus vs raft '.repeat(2_500)) },
);

/** Every string Slack would display, from a message's blocks and text (button values are data, never shown). */
const HIDDEN_KEYS = new Set(['url', 'value', 'action_id', 'block_id', 'type', 'style']);
function slackStrings(message: ReturnType<typeof renderSlack>): string[] {
  const out: string[] = [message.text];
  const walk = (node: unknown) => {
    if (typeof node === 'string') out.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.entries(node).forEach(([key, value]) => !HIDDEN_KEYS.has(key) && walk(value));
  };
  walk(message.blocks);
  return out;
}

describe('hostile input through both renderers', () => {
  it(`keeps every Slack message within Block Kit limits and lets no mention through (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(hostile, (question) => {
        const message = renderSlack(bot.ask(question, { platform: 'slack' }), { ephemeral: true, slashCommand: '/ask' });
        expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
        expect(message.text.length).toBeGreaterThan(0);
        expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
        for (const block of message.blocks as { type: string; text?: { text: string }; elements?: { text?: { text: string } | string }[] }[]) {
          if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
          if (block.type === 'header') expect(block.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
          for (const element of block.elements ?? []) {
            const label = typeof element.text === 'object' ? element.text.text : undefined;
            if (block.type === 'actions' && label) expect(label.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
          }
        }
        // Slack turns <!channel>, <!here>, <@U…> and <#C…> into pings and links; escaped text has none.
        for (const text of slackStrings(message)) expect(text).not.toMatch(/<[!@#]/);
      }),
      { numRuns: RUNS },
    );
  });

  it(`keeps every Discord reply within embed limits, with no mention allowed or echoed (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(hostile, (question) => {
        const reply = renderDiscord(bot.ask(question, { platform: 'discord' }), { echo: question, shareable: true });
        expect(reply.allowedMentions).toEqual(NO_MENTIONS);
        expect(reply.allowedMentions.parse).toEqual([]);
        expect(reply.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
        let total = 0;
        for (const embed of reply.embeds) {
          expect((embed.title ?? '').length).toBeLessThanOrEqual(LIMITS.title);
          expect((embed.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
          expect((embed.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
          for (const field of embed.fields ?? []) {
            expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
            expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
          }
          total += (embed.title ?? '').length + (embed.description ?? '').length + (embed.footer?.text ?? '').length;
          total += (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
          // The echoed question cannot ping or link: @everyone/@here and <@…> are broken up.
          expect(embed.description ?? '').not.toMatch(/@(everyone|here)\b|<[@#]|<a?:/);
        }
        expect(total).toBeLessThanOrEqual(LIMITS.total);
        expect(reply.components.length).toBeLessThanOrEqual(LIMITS.rows);
        for (const row of reply.components) {
          expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
          for (const button of row.components as { label?: string; custom_id?: string }[]) {
            expect((button.label ?? '').length).toBeLessThanOrEqual(LIMITS.buttonLabel);
            expect((button.custom_id ?? '').length).toBeLessThanOrEqual(100);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
