import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownBlocks, splitMarkdown } from '../../adapters/chat-kit/index.js';

/** True when every code block a piece opens, it also closes (a line with "```code```" opens none). */
const balanced = (piece: string) =>
  piece.split('\n').filter((line) => /^ {0,3}```/.test(line) && (line.match(/```/g)?.length ?? 0) % 2 === 1).length % 2 === 0;

describe('splitMarkdown', () => {
  it('reopens a split code block with its language, so each piece still highlights', () => {
    const code = ['```ts', ...Array.from({ length: 30 }, (_, i) => `const line${i} = ${i};`), '```'].join('\n');
    const pieces = splitMarkdown(`Intro.\n\n${code}\n\nOutro.`, 160);
    const fenced = pieces.filter((p) => p.includes('const line'));
    expect(fenced.length).toBeGreaterThan(1);
    // The last piece of code may take the paragraph after it, as any piece does.
    for (const piece of fenced) expect(piece).toMatch(/^```ts\n[^`]*\n```(\n\nOutro\.)?$/);
    expect(pieces[0]).toBe('Intro.');
    expect(pieces.join('\n')).toContain('Outro.');
  });

  it('closes a code block its author left open', () => {
    expect(splitMarkdown('Look:\n\n```\nunclosed', 100)).toEqual(['Look:\n\n```\nunclosed\n```']);
  });

  it('keeps a code block with blank lines inside as one unit', () => {
    expect(markdownBlocks('a\n\n```\nx\n\ny\n```\n\nb')).toEqual(['a', '```\nx\n\ny\n```', 'b']);
  });

  it('never exceeds the size and never leaves a fence open, whatever the text', () => {
    const part = fc.oneof(fc.constantFrom('```', '```js', '', 'a b c'), fc.string({ maxLength: 80 }));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 40 }), fc.integer({ min: 20, max: 300 }), (parts, max) => {
        for (const piece of splitMarkdown(parts.join('\n'), max)) {
          expect(piece.length).toBeLessThanOrEqual(max);
          expect(balanced(piece)).toBe(true);
        }
      }),
    );
  });
});
