import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../content/load.js';
import { splitWords } from '../text/normalize.js';

/** One completion: the text to show and the entry it leads to. */
export interface Completion {
  text: string;
  entryId: string;
}

export interface Autocomplete {
  /** Up to `limit` completions for what the user has typed so far, each at most `maxLength` chars. */
  complete(typed: string, limit?: number, maxLength?: number): Completion[];
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/**
 * Completions drawn from entry titles and their alternate questions. Prefix matching on the
 * last word, so "gossip pro" already finds "gossip protocols".
 */
export function createAutocomplete(kb: KnowledgeBase): Autocomplete {
  const choices = kb.entries.flatMap((entry) => [
    { text: entry.title, entryId: entry.id, isTitle: true },
    ...entry.questions.map((q) => ({ text: q, entryId: entry.id, isTitle: false })),
  ]);
  const index = new MiniSearch({
    fields: ['text'],
    storeFields: ['text', 'entryId', 'isTitle'],
    tokenize: splitWords,
    // No stemming and no stop words here: people are mid-word, and "partitio" must still reach
    // "partitioning" by prefix, which its stem "partit" would not.
    processTerm: (word) => word,
  });
  index.addAll(choices.map((choice, id) => ({ id, ...choice })));
  const titles = kb.entries.map((entry) => ({ text: entry.title, entryId: entry.id }));

  return {
    complete(typed, limit = 25, maxLength = 100) {
      const query = typed.slice(0, 200);
      const raw =
        query.trim() === ''
          ? titles
          : index
              .search(query, {
                prefix: true,
                fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
                boostDocument: (_id, _term, stored) => (stored?.isTitle ? 1.5 : 1),
              })
              .map((r) => ({ text: r.text as string, entryId: r.entryId as string }));
      const seen = new Set<string>();
      const out: Completion[] = [];
      for (const choice of raw) {
        const text = clip(choice.text, maxLength);
        if (seen.has(text.toLowerCase())) continue;
        seen.add(text.toLowerCase());
        out.push({ text, entryId: choice.entryId });
        if (out.length >= limit) break;
      }
      return out;
    },
  };
}
