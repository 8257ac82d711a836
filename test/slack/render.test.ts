import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMarkdown as splitMrkdwn, truncateAtWord as truncate } from '../../adapters/chat-kit/index.js';
import { escapeMrkdwn, markdownToMrkdwn, slackToPlain, truncateMrkdwn } from '../../adapters/slack/markdown.js';
import { renderAnswer } from '../../adapters/slack/render.js';
import type { Answer } from '../../src/index.js';
import { propertyRuns } from '../property-runs.js';
import { blockProblems } from '../../fakes/slack/block-limits.js';
import { displayedText } from '../../fakes/slack/payloads.js';

const answer = (overrides: Partial<Answer> = {}): Answer => ({
  kind: 'answer',
  question: 'what is a crdt',
  entryId: 'crdt',
  comparedIds: [],
  entryKind: 'concept',
  title: 'CRDTs',
  summary: 'A CRDT merges.',
  details: 'Two families.',
  sources: [{ name: 'Shapiro et al.', url: 'https://example.com/crdt' }],
  related: [{ id: 'gossip', title: 'Gossip protocols' }],
  suggestions: [],
  catalogue: [],
  confidence: 1,
  parts: [],
  alternatives: [],
  brief: false,
  followUp: false,
  conversation: null,
  ...overrides,
});

/** Every `<` in mrkdwn must open a link this renderer built; anything else could be a mention. */
const onlyLinksUseAngleBrackets = (mrkdwn: string) => /<(?!https?:\/\/|mailto:)/.test(mrkdwn) === false;

describe('markdownToMrkdwn', () => {
  it('converts bold, italics, strike-through, links, lists, headings and code', () => {
    const md = [
      '## Where to start',
      '**Bold** and *italic* and _also italic_ and ~~gone~~, see [the paper](https://example.com/p?a=1&b=2).',
      '- one',
      '  - nested',
      '1. first',
      '> quoted **text**',
      'inline `a < b && c` code',
      '```ts',
      'if (a < b) return "<!channel>";',
      '```',
    ].join('\n');
    expect(markdownToMrkdwn(md).split('\n')).toEqual([
      '*Where to start*',
      '*Bold* and _italic_ and _also italic_ and ~gone~, see <https://example.com/p?a=1&amp;b=2|the paper>.',
      '• one',
      '    ◦ nested',
      '1. first',
      '> quoted *text*',
      'inline `a &lt; b &amp;&amp; c` code',
      '```',
      'if (a &lt; b) return "&lt;!channel&gt;";',
      '```',
    ]);
  });

  it('keeps a one-line fenced block as code', () => {
    expect(markdownToMrkdwn('```a < b```\nafter')).toBe('```a &lt; b```\nafter');
  });

  it('keeps bold working when it touches a word, with a zero-width space', () => {
    expect(markdownToMrkdwn('the **SRE**s')).toBe('the *SRE*\u200Bs');
  });

  it('leaves snake_case words and lone asterisks alone', () => {
    expect(markdownToMrkdwn('use retry_after_ms * 2')).toBe('use retry_after_ms * 2');
  });

  it('renders a link with an unsafe scheme as its text only', () => {
    expect(markdownToMrkdwn('[click](javascript:alert(1)) [x](!channel)')).toBe('click) x');
  });

  it('never lets any text become a mention, a channel link or a special command', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('<', '>', '&', '!', '@', '#', '|', '*', '[', ']', '(', ')', 'U', 'a', ' ', '\n', 'h') }),
        (text) => {
          const out = markdownToMrkdwn(text);
          expect(onlyLinksUseAngleBrackets(out)).toBe(true);
          expect(out).not.toMatch(/<[!@#]/);
        },
      ),
    );
  });
});

describe('escapeMrkdwn', () => {
  it('escapes exactly &, < and >, reversibly', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeMrkdwn(text);
        expect(escaped).not.toMatch(/[<>]/);
        expect(escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).toBe(text);
      }),
    );
  });
});

describe('slackToPlain', () => {
  it("drops the bot's mention, keeps readable labels and decodes entities", () => {
    const text = '<@UBOT> is <https://example.com|this> about <#C1|general> &amp; <!here> &lt;3 <@U2|ana>?';
    expect(slackToPlain(text, 'UBOT')).toBe('is this about #general & @here <3 @ana?');
  });
});

describe('splitMrkdwn', () => {
  it('breaks at paragraphs, then lines, then spaces, never inside a word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.stringMatching(/^[a-z&;]{1,40}$/), { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 60, max: 400 }),
        (paragraphs, max) => {
          const text = paragraphs.map((words) => words.join(' ')).join('\n\n');
          const pieces = splitMrkdwn(text, max);
          for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(max);
          expect(pieces.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
        },
      ),
    );
  });

  it('closes and reopens a code block that has to be split', () => {
    const code = ['```', ...Array.from({ length: 40 }, (_, i) => `line ${i} of code`), '```'].join('\n');
    const pieces = splitMrkdwn(code, 200);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece).toMatch(/^```\n[\s\S]*\n```$/);
  });

  it('cuts a single word longer than a piece, but not inside an entity', () => {
    const pieces = splitMrkdwn(`${'a'.repeat(9)}&amp;${'b'.repeat(10)}`, 12);
    expect(pieces).toEqual(['a'.repeat(9), `&amp;${'b'.repeat(7)}`, 'bbb']);
  });

  it('truncates labels at a word boundary with an ellipsis', () => {
    expect(truncate('Distributed systems engineer versus site reliability engineer', 30)).toBe('Distributed systems engineer…');
  });

  it('truncates mrkdwn without leaving a link or an entity open', () => {
    expect(truncateMrkdwn('see <https://example.com/paper|the long paper title> now', 40)).toBe('see…');
    expect(truncateMrkdwn('R &amp; W &amp; N', 12)).toBe('R &amp; W…');
  });
});

describe('renderAnswer', () => {
  it('lays out an answer: header, summary, details, sources, related, feedback, and a text fallback', () => {
    const { text, blocks } = renderAnswer(answer(), { expanded: true });
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context', 'actions', 'actions']);
    expect(JSON.stringify(blocks)).not.toContain('more_details');
    expect(text).toBe('CRDTs: A CRDT merges.');
    expect(displayedText(blocks)).toContain('Sources: <https://example.com/crdt|Shapiro et al.>');
    expect(JSON.stringify(blocks)).not.toContain('share_answer');
  });

  it('shows the short answer in a channel, with "More" for the details and "Not what you meant?" when unsure', () => {
    const { blocks } = renderAnswer(answer({ alternatives: [{ id: 'raft', title: 'Raft' }] }));
    expect(displayedText(blocks)).toContain('A CRDT merges.');
    expect(displayedText(blocks)).not.toContain('Two families.');
    const feedback = blocks.find((b) => b.block_id === 'feedback') as { elements: { action_id: string; value: string }[] };
    expect(feedback.elements[0]).toMatchObject({ action_id: 'more_details', value: 'crdt' });
    expect(displayedText(blocks)).toContain('Not what you meant?');
    expect(JSON.stringify(blocks.find((b) => b.block_id === 'alternatives'))).toContain('"value":"s:crdt:raft"');
  });

  it('shows the closest guesses as buttons under a reply of several parts where one was not understood', () => {
    const { blocks } = renderAnswer(answer({ suggestions: [{ id: 'raft', title: 'Raft' }] }));
    const guesses = blocks.find((b) => b.block_id === 'suggestions') as { elements: { action_id: string; value: string }[] };
    expect(guesses.elements.map((e) => e.value)).toEqual(['s:crdt:raft']);
    // Action ids stay unique across the reply's button rows (Slack refuses a message that repeats one).
    const actionIds = blocks
      .flatMap((b) => ('elements' in b ? (b.elements as { action_id?: string }[]) : []))
      .flatMap((e) => e.action_id ?? []);
    expect(new Set(actionIds).size).toBe(actionIds.length);
  });

  it('shows a brief answer without its details even where it could', () => {
    const { blocks } = renderAnswer(answer({ brief: true }), { expanded: true });
    expect(displayedText(blocks)).not.toContain('Two families.');
  });

  it('offers sharing only on a private answer', () => {
    const { blocks } = renderAnswer(answer(), { ephemeral: true });
    expect(JSON.stringify(blocks)).toContain('share_answer');
    expect(displayedText(blocks)).toContain('You asked “what is a crdt”');
  });

  it('renders a thank-you as a single plain section, with no buttons', () => {
    const { blocks } = renderAnswer(
      answer({ kind: 'thanks', title: null, details: '', sources: [], related: [], summary: 'Glad it helped.' }),
    );
    expect(blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Glad it helped.' } }]);
  });

  it('stays within every Block Kit limit for any answer', () => {
    const ref = fc.record({ id: fc.string({ minLength: 1, maxLength: 40 }), title: fc.string({ minLength: 1, maxLength: 300 }) });
    const arbitraryAnswer = fc.record({
      kind: fc.constantFrom('answer', 'suggestions', 'decline', 'help', 'greeting', 'thanks', 'browse'),
      question: fc.string({ maxLength: 600 }),
      title: fc.option(fc.string({ minLength: 1, maxLength: 400 }), { nil: null }),
      summary: fc.string({ minLength: 1, maxLength: 4000 }),
      details: fc.string({ maxLength: 20_000 }).map((s) => s.repeat(8)),
      sources: fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 200 }), url: fc.option(fc.webUrl(), { nil: undefined }) }), {
        maxLength: 40,
      }),
      related: fc.array(ref, { maxLength: 30 }),
      suggestions: fc.array(ref, { maxLength: 30 }),
      catalogue: fc.array(
        fc.record({
          kind: fc.constant('concept' as const),
          label: fc.string({ minLength: 1, maxLength: 50 }),
          entries: fc.array(ref, { minLength: 1, maxLength: 150 }),
        }),
        { maxLength: 8 },
      ),
    });
    fc.assert(
      fc.property(arbitraryAnswer, fc.boolean(), (parts, ephemeral) => {
        const { text, blocks } = renderAnswer(answer(parts), { ephemeral, slashCommand: '/ask' });
        expect(blockProblems(blocks)).toEqual([]);
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(3000);
      }),
      { numRuns: propertyRuns(150) },
    );
  });
});
