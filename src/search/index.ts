import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../content/load.js';
import type { Entry, EntryKind } from '../content/schema.js';
import { processWord, splitWords } from '../text/normalize.js';
import { createSynonymExpander } from '../text/synonyms.js';

/**
 * Field weights. Published FAQ-retrieval results favour matching a question against the
 * entry's own phrasings over its answer text, so `questions`, `aliases` and `title` lead.
 */
export const FIELD_BOOSTS = { title: 4, aliases: 4, questions: 3, tags: 1.5, summary: 1.2, body: 0.6 } as const;
const FIELDS = Object.keys(FIELD_BOOSTS);
/** Fields whose match says "this entry is about that", not merely "mentions it". */
const STRONG_FIELDS = new Set(['title', 'aliases', 'questions', 'tags']);

export interface SearchOptions {
  /** Multiplies the score of entries of these kinds. */
  kindBoost?: Partial<Record<EntryKind, number>>;
  /** Only entries of these kinds. */
  kinds?: readonly EntryKind[];
  limit?: number;
}

/** One ranked entry, with what the answerer needs to judge how well it fits. */
export interface Hit {
  entry: Entry;
  score: number;
  /** Share (0–1) of the query's topic weight this entry matched; exact matches count fully, typo and prefix matches half. */
  coverage: number;
  /** Share (0–1) of the query's topic weight matched in title, aliases, questions or tags. */
  focus: number;
  /** Processed query terms this entry matched. */
  matched: string[];
}

export interface SearchIndex {
  search(query: string, options?: SearchOptions): Hit[];
  /** The processed topic terms of a text, as the index sees them. */
  analyze(text: string): string[];
  readonly documentCount: number;
}

function toDocument(entry: Entry) {
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    aliases: entry.aliases.join('\n'),
    questions: entry.questions.join('\n'),
    tags: entry.tags.join(' '),
    summary: entry.summary,
    body: entry.body,
  };
}

/** Builds the MiniSearch index over a knowledge base, with our normalisation on both sides. */
export function createSearchIndex(kb: KnowledgeBase): SearchIndex {
  const expander = createSynonymExpander(kb.synonyms);
  const tokenize = (text: string) => expander.expand(splitWords(text));
  const analyze = (text: string): string[] => [
    ...new Set(tokenize(text).map(processWord).filter((t): t is string => Boolean(t))),
  ];

  const miniSearch = new MiniSearch({
    fields: FIELDS,
    storeFields: ['kind'],
    tokenize,
    processTerm: processWord,
  });
  const documents = kb.entries.map(toDocument);
  miniSearch.addAll(documents);

  // Document frequency per term, for weighting a query's terms by how telling they are.
  const documentFrequency = new Map<string, number>();
  for (const doc of documents) {
    const terms = new Set(FIELDS.flatMap((field) => analyze(String(doc[field as keyof typeof doc]))));
    for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const total = documents.length;
  // Unknown words weigh the most: a question full of words the content never uses is off-topic.
  const weightOf = (term: string) => Math.log(1 + total / (documentFrequency.get(term) ?? 0.5));

  return {
    analyze,
    documentCount: total,
    search(query, options = {}) {
      const terms = analyze(query);
      if (terms.length === 0) return [];
      const totalWeight = terms.reduce((sum, t) => sum + weightOf(t), 0);
      const { kindBoost, kinds } = options;
      const results = miniSearch.search(terms.join(' '), {
        boost: FIELD_BOOSTS,
        // Stemmed terms are short; one edit in five characters catches "protocl", "consitent".
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        prefix: (term) => term.length >= 4,
        weights: { fuzzy: 0.3, prefix: 0.5 },
        filter: kinds ? (r) => kinds.includes(r.kind as EntryKind) : undefined,
        boostDocument: kindBoost ? (_id, _term, stored) => kindBoost[stored?.kind as EntryKind] ?? 1 : undefined,
      });
      return results.slice(0, options.limit ?? 10).map((result) => {
        const exactTerms = new Set(result.terms);
        let covered = 0;
        let focused = 0;
        for (const term of result.queryTerms) {
          const weight = weightOf(term) * (exactTerms.has(term) ? 1 : 0.5);
          covered += weight;
          const fields = result.match[term] ?? [];
          if (fields.some((field) => STRONG_FIELDS.has(field))) focused += weight;
        }
        return {
          entry: kb.byId.get(result.id as string)!,
          score: result.score,
          coverage: Math.min(1, covered / totalWeight),
          focus: Math.min(1, focused / totalWeight),
          matched: result.queryTerms,
        };
      });
    },
  };
}
