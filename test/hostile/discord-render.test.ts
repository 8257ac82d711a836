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

/** Every way a reply breaks a Discord limit or could ping someone; empty when it is fine. */
function problems(reply: ReturnType<typeof renderAnswer>): string[] {
  const out: string[] = [];
  const check = (ok: boolean, problem: string) => ok || out.push(problem);
  check(JSON.stringify(reply.allowedMentions) === JSON.stringify(NO_MENTIONS), 'allowed_mentions is not { parse: [] }');
  check(reply.embeds.length > 0 && reply.embeds.length <= LIMITS.embeds, `${reply.embeds.length} embeds`);
  check(embedsLength(reply.embeds) <= LIMITS.total, `embeds total ${embedsLength(reply.embeds)}`);
  const texts: string[] = [reply.content ?? ''];
  for (const embed of reply.embeds) {
    check((embed.title ?? '').length <= LIMITS.title, 'title too long');
    check((embed.description ?? '').length <= LIMITS.description, `description of ${embed.description?.length}`);
    check((embed.fields ?? []).length <= LIMITS.fields, 'too many fields');
    for (const field of embed.fields ?? []) {
      check(field.name.length <= LIMITS.fieldName, 'field name too long');
      check(field.value.length <= LIMITS.fieldValue, `field value of ${field.value.length}`);
    }
    texts.push(
      embed.title ?? '',
      embed.description ?? '',
      embed.footer?.text ?? '',
      ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
    );
  }
  check(reply.components.length <= LIMITS.rows, `${reply.components.length} rows`);
  for (const row of reply.components) {
    check(row.components.length <= LIMITS.buttonsPerRow, `${row.components.length} buttons in a row`);
    for (const button of row.components) {
      check((button.label ?? '').length <= LIMITS.buttonLabel, `label of ${button.label?.length}`);
      check(button.custom_id.length <= 100, 'custom_id too long');
    }
  }
  // Nothing could ping even with mentions allowed: @everyone is broken up, <@…> escaped.
  for (const text of texts) check(!PING.test(text), `a ping in ${JSON.stringify(text.slice(0, 200))}`);
  const echo = reply.embeds[0]!.description?.split('\n\n')[0] ?? '';
  check(!echo.startsWith('*You asked:*') || !BIDI.test(echo), 'a bidi control in the echo');
  return out;
}

describe('hostile text through the core and the Discord renderer', () => {
  it(`keeps every reply within embed and component limits, with no mention allowed or echoed (${RUNS.toLocaleString('en')} runs)`, () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (question, shareable) => {
        const reply = renderAnswer(bot.ask(question, { platform: 'discord' }), { echo: question, shareable });
        // One assertion per run, on a plain list: hundreds of thousands of expect() calls would cost seconds.
        expect(problems(reply)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
