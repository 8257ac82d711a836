import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../content/load.js';
import type { Entry, EntryKind } from '../content/schema.js';
import { processWord, splitWords } from '../text/normalize.js';
import { createSynonymExpander } from '../text/synonyms.js';
import { specificity } from '../text/english.js';

/**
 * Field weights. Published FAQ-retrieval results favour matching a question against the
 * entry's own phrasings over its answer text, so `questions`, `aliases` and `title` lead.
 */
export const FIELD_BOOSTS = { title: 4, aliases: 2, questions: 3, tags: 0.5, summary: 1.2, body: 0.8 } as const;
const FIELDS = Object.keys(FIELD_BOOSTS);
/** Fields whose match says "this entry is about that", not merely "mentions it". */
const STRONG_FIELDS = new Set(['title', 'aliases', 'questions', 'tags']);
const NAME_FIELDS = new Set(['title', 'aliases', 'tags']);

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
  /** Share (0–1) of the query's topic weight matched in title, aliases or tags: what the entry is named for. */
  anchor: number;
  /** Sum of the everyday-English specificity of the terms matched in title, aliases, questions or tags: absolute evidence the question is about this entry. */
  evidence: number;
  /** Processed query terms this entry matched. */
  matched: string[];
  /** How many topic terms the query had. */
  queryTermCount: number;
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
export function createSearchIndex(kb: KnowledgeBase, boosts: Record<string, number> = FIELD_BOOSTS): SearchIndex {
  const expander = createSynonymExpander(kb.synonyms);
  const tokenize = (text: string) => expander.expand(splitWords(text));
  /** Processed terms of a text, each with the specificity of the most specific word behind it. */
  const analyzeWeighted = (text: string): Map<string, number> => {
    const terms = new Map<string, number>();
    for (const word of tokenize(text)) {
      const term = processWord(word);
      if (term) terms.set(term, Math.max(terms.get(term) ?? 0, specificity(word)));
    }
    return terms;
  };
  const analyze = (text: string): string[] => [...analyzeWeighted(text).keys()];

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
      const weighted = analyzeWeighted(query);
      if (weighted.size === 0) return [];
      const terms = [...weighted.keys()];
      const weightOfQueryTerm = (t: string) => weightOf(t) * (weighted.get(t) ?? 1);
      const totalWeight = terms.reduce((sum, t) => sum + weightOfQueryTerm(t), 0);
      const { kindBoost, kinds } = options;
      const results = miniSearch.search(query, {
        boost: boosts,
        // Stemmed terms are short; one edit in five characters catches "protocl", "consitent".
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        prefix: (term) => term.length >= 4,
        weights: { fuzzy: 0.3, prefix: 0.5 },
        filter: kinds ? (r) => kinds.includes(r.kind as EntryKind) : undefined,
        boostDocument: kindBoost ? (_id, _term, stored) => kindBoost[stored?.kind as EntryKind] ?? 1 : undefined,
      });
      return results.slice(0, options.limit ?? 10).map((result) => {
        const exactTerms = new Set(result.terms);
        const inexactFields = result.terms.filter((t) => !terms.includes(t)).flatMap((t) => result.match[t] ?? []);
        let covered = 0;
        let focused = 0;
        let anchored = 0;
        let evidence = 0;
        for (const term of result.queryTerms) {
          const quality = exactTerms.has(term) ? 1 : 0.7;
          const weight = weightOfQueryTerm(term) * quality;
          covered += weight;
          // A typo or prefix match is keyed by the document's term; credit its fields to this query term.
          const fields = exactTerms.has(term) ? (result.match[term] ?? []) : inexactFields;
          if (fields.some((field) => STRONG_FIELDS.has(field))) {
            focused += weight;
            evidence += (weighted.get(term) ?? 1) * quality;
          }
          if (fields.some((field) => NAME_FIELDS.has(field))) anchored += weight;
        }
        return {
          entry: kb.byId.get(result.id as string)!,
          score: result.score,
          coverage: Math.min(1, covered / totalWeight),
          focus: Math.min(1, focused / totalWeight),
          anchor: Math.min(1, anchored / totalWeight),
          evidence,
          matched: result.queryTerms,
          queryTermCount: terms.length,
        };
      });
    },
  };
}
