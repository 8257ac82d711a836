import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, EntryRef } from '../../src/index.js';
import { decodeButton, encodeButton } from '../../adapters/discord/custom-ids.js';
import { splitMarkdown } from '../../adapters/chat-kit/index.js';
import { escapeUserText, toDiscordMarkdown } from '../../adapters/discord/markdown.js';
import { embedsLength, LIMITS, renderAnswer, renderChoices, type DiscordReply } from '../../adapters/discord/render.js';
import { propertyRuns } from '../property-runs.js';
import { fixtureBot } from './harness.js';

const ctx = { platform: 'discord' as const };

function answer(fields: Partial<Answer>): Answer {
  return {
    kind: 'answer',
    question: 'q',
    entryId: 'crdt',
    comparedIds: [],
    entryKind: 'concept',
    title: 'A title',
    summary: 'Summary.',
    details: '',
    sources: [],
    related: [],
    suggestions: [],
    catalogue: [],
    confidence: 1,
    parts: [],
    alternatives: [],
    brief: false,
    followUp: false,
    conversation: null,
    ...fields,
  };
}

/** Every Discord limit a reply must respect, as one assertion. */
function expectWithinLimits(reply: DiscordReply): void {
  expect(reply.allowedMentions.parse).toEqual([]);
  expect(reply.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  expect(embedsLength(reply.embeds)).toBeLessThanOrEqual(LIMITS.total);
  for (const embed of reply.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
    expect(Boolean(embed.title || embed.description || embed.fields?.length)).toBe(true);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
  }
  expect(reply.components.length).toBeLessThanOrEqual(LIMITS.rows);
  const ids = reply.components.flatMap((row) => row.components.map((b) => b.custom_id));
  expect(new Set(ids).size).toBe(ids.length);
  for (const row of reply.components) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const b of row.components) {
      expect(b.custom_id.length).toBeLessThanOrEqual(100);
      expect((b.label ?? '').length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    }
  }
}

describe('renderAnswer', () => {
  it('shows an entry as one embed with its title, summary, details, sources and follow-up buttons', () => {
    const reply = renderAnswer(fixtureBot().ask('wats a crdt', ctx), { shareable: true, expanded: true });
    const [embed] = reply.embeds;
    expect(embed?.title).toBe('CRDTs: conflict-free replicated data types');
    expect(embed?.description).toContain('merge to the same state');
    expect(embed?.description).toContain('**Two families**');
    expect(embed?.fields?.[0]).toMatchObject({ name: 'Sources', value: expect.stringContaining('](https://doi.org/') });
    const ids = reply.components.flatMap((row) => row.components.map((b) => b.custom_id));
    expect(ids).toEqual(['ask:r:crdt:gossip', 'vote:up:crdt', 'vote:down:crdt', 'share']);
  });

  it('shows the closest guesses as buttons under a reply of several parts where one was not understood', () => {
    const reply = renderAnswer({ ...fixtureBot().ask('wats a crdt', ctx), suggestions: [{ id: 'raft', title: 'Raft' }] });
    const ids = reply.components.flatMap((row) => row.components.map((b) => b.custom_id));
    expect(ids.filter((id) => id?.endsWith(':raft'))).toHaveLength(1);
  });

  it('shows only the short answer in a channel, with "More" carrying the answer key and "Not what you meant?" buttons', () => {
    const unsure = { ...fixtureBot().ask('wats a crdt', ctx), alternatives: [{ id: 'gossip', title: 'Gossip protocols' }] };
    const reply = renderAnswer(unsure);
    expect(reply.embeds[0]?.description).toContain('merge to the same state');
    expect(reply.embeds[0]?.description).not.toContain('Two families');
    const ids = reply.components.flatMap((row) => row.components.map((b) => b.custom_id));
    expect(ids).toContain('more:crdt');
    expect(ids[0]).toBe('ask:r:crdt:gossip');
    expect(reply.embeds.at(-1)?.footer?.text).toMatch(/Not what you meant/);
    expect(decodeButton('more:crdt+gossip')).toEqual({ type: 'more', key: 'crdt+gossip' });
  });

  it('shows a brief answer without its details even where it could', () => {
    const brief = { ...fixtureBot().ask('eli5 crdt', ctx) };
    expect(brief.brief).toBe(true);
    expect(renderAnswer(brief, { expanded: true }).embeds[0]?.description).not.toContain('Two families');
  });

  it('keys the feedback buttons of a comparison by both entries', () => {
    const reply = renderAnswer(fixtureBot().ask('crdt vs gossip', ctx));
    const ids = reply.components.flatMap((row) => row.components.map((b) => b.custom_id));
    expect(ids).toContain('vote:up:crdt+gossip');
    expect(ids).not.toContain('share');
  });

  it('declines an off-topic question with starter buttons and no feedback buttons', () => {
    const reply = renderAnswer(fixtureBot().ask('what is the best pizza in naples', ctx), { echo: 'best pizza?', shareable: true });
    expect(reply.embeds[0]?.description).toMatch(/I can only answer questions about careers in distributed systems/);
    const ids = reply.components.flatMap((row) => row.components.map((b) => b.custom_id));
    expect(ids).toEqual(['ask:s::dse-vs-sre', 'ask:s::staff', 'ask:s::crdt']);
  });

  it('offers "did you mean" choices as buttons', () => {
    const suggestions: EntryRef[] = [
      { id: 'crdt', title: 'CRDTs' },
      { id: 'gossip', title: 'Gossip protocols' },
    ];
    const reply = renderAnswer(
      answer({ kind: 'suggestions', entryId: null, title: null, summary: 'Did you mean one of these?', suggestions }),
    );
    expect(reply.components).toHaveLength(1);
    expect(reply.components[0]?.components.map((b) => [b.custom_id, b.label])).toEqual([
      ['ask:s::crdt', 'CRDTs'],
      ['ask:s::gossip', 'Gossip protocols'],
    ]);
  });

  it('lists the catalogue as one field per kind', () => {
    const reply = renderAnswer(fixtureBot().ask('topics', ctx));
    expect(reply.embeds[0]?.fields?.map((f) => f.name)).toEqual(['Roles', 'Levels', 'Role boundaries', 'Concepts']);
    expectWithinLimits(reply);
  });

  it('splits a long answer into a second embed and keeps the whole message under 6,000 characters', () => {
    const paragraph = 'Consensus needs a majority of replicas to agree before a write is acknowledged. '.repeat(8);
    const details = Array.from({ length: 40 }, (_, i) => `**Part ${i}.** ${paragraph}`).join('\n\n');
    const reply = renderAnswer(answer({ details, sources: [{ name: 'Raft paper', url: 'https://raft.github.io/raft.pdf' }] }), {
      expanded: true,
    });
    expect(reply.embeds.length).toBeGreaterThan(1);
    expect(reply.embeds[0]?.description?.length).toBeGreaterThan(3500);
    expect(reply.embeds.at(-1)?.description).toMatch(/shortened to fit Discord/);
    expect(reply.embeds.at(-1)?.fields?.[0]?.name).toBe('Sources');
    expectWithinLimits(reply);
  });

  it('closes a code block cut between two embeds and reopens it in the next', () => {
    const code = Array.from({ length: 300 }, (_, i) => `line ${i}: quorum = n / 2 + 1`).join('\n');
    const reply = renderAnswer(answer({ details: `Before.\n\n\`\`\`\n${code}\n\`\`\`\n\nAfter.` }));
    for (const embed of reply.embeds) expect((embed.description?.match(/^```/gm) ?? []).length % 2).toBe(0);
    expectWithinLimits(reply);
  });

  it('echoes the question escaped, so user text cannot format, ping or link', () => {
    const hostile = '@everyone **bold** <@&123456789012345678> [click](https://evil.example) `code` ||spoiler|| # heading';
    const reply = renderAnswer(fixtureBot().ask(hostile, ctx), { echo: hostile });
    const description = reply.embeds[0]?.description ?? '';
    expect(description).not.toContain('@everyone');
    expect(description).not.toContain('<@&');
    expect(description).not.toContain('**bold**');
    expect(description).toContain('\\[click](');
    expect(description).toContain('\\*\\*bold\\*\\*');
    expect(reply.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('stays within every Discord limit for any answer', () => {
    const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
    // 'max' sizes: the default small arrays would never reach the 6,000 total.
    const ref = fc.record({
      id: fc.string({ minLength: 1, maxLength: 120 }),
      title: fc.string({ minLength: 1, maxLength: 200, size: 'max' }),
    });
    const arbitraryAnswer = fc.record({
      kind: fc.constantFrom('answer', 'suggestions', 'decline', 'help', 'greeting', 'thanks', 'browse') as fc.Arbitrary<Answer['kind']>,
      title: fc.option(fc.string({ maxLength: 400, size: 'max' }), { nil: null }),
      summary: fc.string({ minLength: 1, maxLength: 700 }),
      details: fc.oneof(
        text(200),
        fc.array(fc.oneof(text(900), fc.constant('```')), { maxLength: 30 }).map((parts) => parts.join('\n\n')),
      ),
      entryId: fc.option(fc.string({ minLength: 1, maxLength: 120 }), { nil: null }),
      sources: fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 300 }), url: fc.option(fc.webUrl(), { nil: undefined }) }), {
        maxLength: 40,
        size: 'max',
      }),
      related: fc.array(ref, { maxLength: 8 }),
      suggestions: fc.array(ref, { maxLength: 8 }),
      catalogue: fc.array(
        fc.record({ kind: fc.constant('concept' as const), label: text(300), entries: fc.array(ref, { maxLength: 60, size: 'max' }) }),
        { maxLength: 30, size: 'max' },
      ),
    });
    fc.assert(
      fc.property(arbitraryAnswer, fc.option(text(600), { nil: undefined }), (fields, echo) => {
        expectWithinLimits(renderAnswer(answer(fields), { echo, shareable: true }));
      }),
      // Shrinking a failure of this size can take minutes; stop early and report what was found.
      { numRuns: propertyRuns(150), interruptAfterTimeLimit: 15_000, markInterruptAsFailure: true },
    );
  });
});

describe('markdown helpers', () => {
  it('passes Markdown through, turning headings into bold lines and images into links', () => {
    expect(toDiscordMarkdown('## Quorums\n\n- *W + R > N*\n\n![diagram](https://x.example/q.png)')).toBe(
      '**Quorums**\n\n- *W + R > N*\n\n[diagram](https://x.example/q.png)',
    );
  });

  it('neutralises mass mentions even in trusted content', () => {
    expect(toDiscordMarkdown('ping @everyone and @here')).not.toMatch(/@(everyone|here)/);
  });

  it('escapes user text to one inert line', () => {
    expect(escapeUserText('> quote\n# big\n<@123> <#456> hi\u202E')).toBe('\\> quote # big <\u200b@123> <\u200b#456> hi');
  });

  it('splits Markdown at paragraph breaks without exceeding the size', () => {
    const chunks = splitMarkdown(['a'.repeat(50), 'b'.repeat(50), 'c'.repeat(50)].join('\n\n'), 120);
    expect(chunks).toEqual([`${'a'.repeat(50)}\n\n${'b'.repeat(50)}`, 'c'.repeat(50)]);
  });
});

describe('renderChoices', () => {
  it('returns at most 25 unique choices of at most 100 characters', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ name: `${'long name '.repeat(20)}${i}`, value: `${i % 30}`.padEnd(150, 'x') }));
    const choices = renderChoices(items);
    expect(choices).toHaveLength(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
  });
});

describe('button ids', () => {
  it('round-trips every action and refuses ids over 100 characters', () => {
    for (const action of [
      { type: 'entry', click: { entryId: 'crdt', kind: 'related', fromKey: 'gossip+raft' } },
      { type: 'entry', click: { entryId: 'crdt', kind: null, fromKey: null } },
      { type: 'vote', helpful: false, key: 'crdt+gossip' },
      { type: 'share' },
    ] as const) {
      expect(decodeButton(encodeButton(action)!)).toEqual(action);
    }
    expect(encodeButton({ type: 'entry', click: { entryId: 'x'.repeat(120), kind: 'suggestion', fromKey: null } })).toBeNull();
    expect(decodeButton('someone-elses-button')).toBeNull();
  });
});
