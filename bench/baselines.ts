import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../src/index.js';

/** A baseline answers with its top hit, or declines when nothing matches at all. */
export interface Baseline {
  name: string;
  /** The id of the entry it would answer with, or null. */
  top(question: string): string | null;
}

/** MiniSearch exactly as a newcomer would set it up: default options, title and body. */
export function plainMiniSearch(kb: KnowledgeBase): Baseline {
  const index = new MiniSearch({ fields: ['title', 'body'] });
  index.addAll(kb.entries.map((e) => ({ id: e.id, title: e.title, body: e.body })));
  return { name: 'plain MiniSearch', top: (q) => (index.search(q)[0]?.id as string | undefined) ?? null };
}

/** Lunr with its default English pipeline (stemmer and stop words) over title and body. */
export function plainLunr(kb: KnowledgeBase): Baseline {
  const index = lunr(function () {
    this.ref('id');
    this.field('title');
    this.field('body');
    for (const e of kb.entries) this.add({ id: e.id, title: e.title, body: e.body });
  });
  return {
    name: 'Lunr',
    top(q) {
      // Built through the query API, so chat punctuation ("~", "^", ":") is not query syntax.
      const tokens = lunr.tokenizer(q).map((t) => t.toString());
      const hits = index.query((query) => {
        for (const token of tokens) query.term(token, {});
      });
      return hits[0]?.ref ?? null;
    },
  };
}
