import { describe, expect, it } from 'vitest';
import { plainText, summarise } from '../../adapters/import/index.js';

describe('plainText', () => {
  it('removes emphasis, links, images, inline code, HTML and entities, keeping their text', () => {
    const markdown =
      '**Bold**, *italic*, __strong__, ~~old~~ and `code`: see [the wiki](https://x.example/w) ![logo](l.png)<br>Q&amp;A <b>here</b>.';
    expect(plainText(markdown)).toBe('Bold, italic, strong, old and code: see the wiki logo Q&A here.');
  });

  it('keeps escaped characters and underscores inside words as written', () => {
    expect(plainText('Set max\\_retries to 3 \\*not\\* 5 in snake_case_config.')).toBe(
      'Set max_retries to 3 *not* 5 in snake_case_config.',
    );
  });

  it('joins list items with "; " and paragraphs with ". " where they have no punctuation', () => {
    const markdown = '## Steps\n\nYou need:\n\n- a laptop\n- a badge\n\n1) sign in\n2) open the portal\n\nThat is all';
    expect(plainText(markdown)).toBe('Steps. You need: a laptop; a badge; sign in; open the portal. That is all');
  });

  it('drops fenced code blocks, quotes markers and rules', () => {
    expect(plainText('Run this:\n\n```sh\nmake dev\n```\n\n---\n\n> It takes a minute.')).toBe('Run this: It takes a minute.');
  });
});

describe('summarise', () => {
  it('is the whole plain text when it fits', () => {
    expect(summarise('Short *answer*.')).toBe('Short answer.');
  });

  it('takes whole first sentences up to the limit', () => {
    const sentence = 'This sentence is exactly fifty characters long ok. ';
    expect(sentence).toHaveLength(51);
    const summary = summarise(sentence.repeat(20));
    expect(summary.length).toBeLessThanOrEqual(600);
    expect(summary).toBe(sentence.repeat(11).trim());
  });

  it('cuts a first sentence longer than the limit at a word, with an ellipsis', () => {
    const summary = summarise(`${'word '.repeat(200)}end.`, 100);
    expect(summary.length).toBeLessThanOrEqual(100);
    expect(summary.endsWith('word…')).toBe(true);
  });
});
