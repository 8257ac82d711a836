import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/content/load.js';
import type { Entry } from '../../src/content/schema.js';
import { createSearchIndex } from '../../src/search/index.js';

const entryOf = (id: string, title: string, questions: string[]): Entry => ({
  id,
  file: `${id}.md`,
  kind: 'faq',
  title,
  summary: `${title}.`,
  body: `${title}.`,
  questions,
  aliases: [],
  tags: [],
  related: [],
  sources: [],
});

// One entry whose questions end and start with the two words of a synonym phrase, one that says the phrase.
const entries = [
  entryOf('pacelc-like', 'Tradeoffs beyond partitions', ['what does the else mean', 'latency vs consistency']),
  entryOf('averages', 'Why dashboards lie', ['is the mean latency misleading']),
];
const kb: KnowledgeBase = {
  entries,
  byId: new Map(entries.map((e) => [e.id, e])),
  synonyms: { average: ['mean latency'] },
  paths: [],
  welcome: null,
};

describe('a synonym phrase in the content', () => {
  it('is found within one of an entry’s questions, never across two of them', () => {
    const index = createSearchIndex(kb);
    const ids = index.search('average').map((hit) => hit.entry.id);
    expect(ids).toContain('averages');
    expect(ids).not.toContain('pacelc-like');
  });
});
