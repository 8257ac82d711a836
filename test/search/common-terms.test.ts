import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/content/load.js';
import type { Entry } from '../../src/content/schema.js';
import { COMMON_MIN_ENTRIES } from '../../src/search/common-terms.js';
import { createSearchIndex } from '../../src/search/index.js';

const entryOf = (id: string, title: string, body: string): Entry => ({
  id,
  file: `${id}.md`,
  kind: 'faq',
  title,
  summary: body,
  body,
  questions: [],
  aliases: [],
  tags: [],
  related: [],
  sources: [],
});

/** `widgets` entries about one widget each (the word every entry holds), and two about the flux capacitor. */
function contentWith(widgets: number): KnowledgeBase {
  const entries = [
    entryOf('flux-widget', 'Flux capacitor widget guide', 'How the flux capacitor fits the widget.'),
    entryOf('flux-history', 'Flux capacitor history', 'Who built the first flux capacitor.'),
  ];
  for (let i = 0; i < widgets; i++) entries.push(entryOf(`widget-${i}`, `Widget model ${i}`, `The widget numbered ${i}.`));
  return { entries, byId: new Map(entries.map((e) => [e.id, e])), synonyms: {}, paths: [], welcome: null };
}

describe('a word most of a large content holds', () => {
  it('scores only the entries the question’s other words find', () => {
    const index = createSearchIndex(contentWith(COMMON_MIN_ENTRIES + 100));
    const hits = index.search('widget flux capacitor');
    // Not the thousand entries that hold "widget" alone; "widget" still lifts the entry that holds it too.
    expect(hits.map((hit) => hit.entry.id)).toEqual(['flux-widget', 'flux-history']);
    expect(hits[0]!.matched).toContain('widget');
  });

  it('still finds entries when the question holds nothing but common words', () => {
    const index = createSearchIndex(contentWith(COMMON_MIN_ENTRIES + 100));
    expect(index.search('widget')).toHaveLength(10);
  });

  it('leaves smaller content searched as before: every entry holding a word is weighed', () => {
    const index = createSearchIndex(contentWith(COMMON_MIN_ENTRIES - 100));
    const ids = index.search('widget flux capacitor').map((hit) => hit.entry.id);
    expect(ids.slice(0, 2)).toEqual(['flux-widget', 'flux-history']);
    expect(ids).toHaveLength(10);
  });
});
