import { splitWords } from './normalize.js';

/**
 * Phrase-to-term expansion. When a known variant phrase ("site reliability engineer") occurs
 * in a token stream, its canonical term ("sre") is appended, on the index side and the query
 * side alike. Appending (instead of replacing, or expanding the query into every variant)
 * keeps the original words searchable and avoids MiniSearch issue 311, where query-side
 * expansion under AND made every synonym required.
 */
export interface SynonymExpander {
  expand(tokens: readonly string[]): string[];
  /** The known phrases in a token stream: their words and the canonical term they stand for. */
  phrases(tokens: readonly string[]): { words: string[]; canonical: string }[];
  /** Canonical terms, e.g. for telling acronyms apart from unknown words. */
  readonly canonicalTerms: ReadonlySet<string>;
}

export function createSynonymExpander(synonyms: Record<string, readonly string[]>): SynonymExpander {
  // First word of a phrase → phrases starting with it (longest first) and their canonical term.
  const byFirstWord = new Map<string, { words: string[]; canonical: string }[]>();
  const canonicalTerms = new Set<string>();
  for (const [canonicalPhrase, variants] of Object.entries(synonyms)) {
    const canonical = splitWords(canonicalPhrase).join('');
    canonicalTerms.add(canonical);
    for (const variant of [canonicalPhrase, ...variants]) {
      const words = splitWords(variant);
      const first = words[0];
      if (!first) continue;
      const list = byFirstWord.get(first) ?? [];
      list.push({ words, canonical });
      byFirstWord.set(first, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

  const phrases = (tokens: readonly string[]) => {
    const found: { words: string[]; canonical: string }[] = [];
    tokens.forEach((token, i) => {
      const phrase = byFirstWord.get(token)?.find((p) => p.words.every((word, k) => tokens[i + k] === word));
      // A one-word variant that is the canonical term itself adds nothing.
      if (phrase && !(phrase.words.length === 1 && phrase.words[0] === phrase.canonical)) found.push(phrase);
    });
    return found;
  };

  return {
    canonicalTerms,
    phrases,
    expand: (tokens) => [...tokens, ...phrases(tokens).map((phrase) => phrase.canonical)],
  };
}
