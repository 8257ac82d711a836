import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedsLength, LIMITS, NO_MENTIONS, renderAnswer } from '../../adapters/discord/render.js';
import { createBot, loadContent } from '../../src/index.js';
import { REAL_CONTENT } from '../helpers.js';
import { hostileText, RUNS } from './arbitraries.js';

// The real content: its longest answers are the ones that test the limits.
const bot = createBot({ knowledgeBase: loadContent(REAL_CONTENT) });

/** Pings and links Discord would resolve from text: everyone/here, users, roles, channels, emoji, commands. */
const PING = /@(everyone|here)\b|<@[!&]?\d|<#\d|<a?:\w+:\d|<\/\w/;
/** Characters that reorder or hide text; the echo drops them. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/;

describe('hostile text through the core and the Discord renderer', () => {
  it(`keeps every reply within embed and component limits, with no mention allowed or echoed (${RUNS.toLocaleString('en')} runs)`, () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (question, shareable) => {
        const reply = renderAnswer(bot.ask(question, { platform: 'discord' }), { echo: question, shareable });

        expect(reply.allowedMentions).toEqual(NO_MENTIONS);
        expect(reply.allowedMentions.parse).toEqual([]);
        expect(reply.embeds.length).toBeGreaterThan(0);
        expect(reply.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
        expect(embedsLength(reply.embeds)).toBeLessThanOrEqual(LIMITS.total);
        const texts: string[] = [reply.content ?? ''];
        for (const embed of reply.embeds) {
          expect((embed.title ?? '').length).toBeLessThanOrEqual(LIMITS.title);
          expect((embed.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
          expect((embed.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
          for (const field of embed.fields ?? []) {
            expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
            expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
          }
          texts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '', ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]));
        }
        expect(reply.components.length).toBeLessThanOrEqual(LIMITS.rows);
        for (const row of reply.components) {
          expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
          for (const button of row.components) {
            expect((button.label ?? '').length).toBeLessThanOrEqual(LIMITS.buttonLabel);
            expect(button.custom_id.length).toBeLessThanOrEqual(100);
          }
        }
        // Nothing could ping even with mentions allowed: @everyone is broken up, <@…> escaped.
        for (const text of texts) expect(text).not.toMatch(PING);
        const echo = reply.embeds[0]!.description?.split('\n\n')[0] ?? '';
        if (echo.startsWith('*You asked:*')) expect(echo).not.toMatch(BIDI);
      }),
      { numRuns: RUNS },
    );
  });
});
