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
  /**
   * For each word of a known phrase in the query, the canonical terms that stand for it: an
   * entry that says "SRE" covers every word of "site reliability engineer". The canonical
   * terms themselves are stand-ins, not extra words to cover.
   */
  const phraseCover = (text: string) => {
    const standsFor = new Map<string, Set<string>>();
    for (const phrase of expander.phrases(splitWords(text))) {
      const canonical = processWord(phrase.canonical);
      if (!canonical) continue;
      for (const word of phrase.words) {
        const term = processWord(word);
        if (term && term !== canonical) standsFor.set(term, (standsFor.get(term) ?? new Set()).add(canonical));
      }
    }
    const standIns = new Set([...standsFor.values()].flatMap((set) => [...set]));
    return { standsFor, standIns };
  };
  const analyze = (text: string): string[] => [...analyzeWeighted(text).keys()];

  // Document frequency per term, for weighting a query's terms by how telling they are. Counted
  // while MiniSearch indexes, so the text is analysed once: `extractField` says which document
  // is being read, `processTerm` sees each of its terms.
  const documentFrequency = new Map<string, number>();
  let currentTerms = new Set<string>();
  const miniSearch = new MiniSearch({
    fields: FIELDS,
    storeFields: ['kind'],
    tokenize,
    extractField: (doc, field) => {
      if (field === 'id') {
        for (const term of currentTerms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
        currentTerms = new Set();
      }
      return (doc as Record<string, string>)[field]!;
    },
    processTerm: (word) => {
      const term = processWord(word);
      if (term) currentTerms.add(term);
      return term;
    },
    searchOptions: { processTerm: processWord },
  });
  const documents = kb.entries.map(toDocument);
  miniSearch.addAll(documents);
  for (const term of currentTerms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
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
      const { standsFor, standIns } = phraseCover(query);
      // A stand-in the user typed as a word of its own ("sre") still counts as a word.
      const typed = new Set(splitWords(query).map(processWord));
      const units = terms.filter((t) => !standIns.has(t) || typed.has(t));
      const totalWeight = units.reduce((sum, t) => sum + weightOfQueryTerm(t), 0);
      const { kindBoost, kinds } = options;
      const results = miniSearch.search(query, {
        boost: boosts,
        // Typos and half-typed words are the terms the content does not know; a known term is
        // matched exactly, which also keeps long questions fast. Stemmed terms are short: one
        // edit in five characters catches "protocl", "consitent".
        fuzzy: (term) => (term.length >= 5 && !documentFrequency.has(term) ? 0.2 : false),
        prefix: (term) => term.length >= 4 && !documentFrequency.has(term),
        weights: { fuzzy: 0.3, prefix: 0.5 },
        filter: kinds ? (r) => kinds.includes(r.kind as EntryKind) : undefined,
        boostDocument: kindBoost ? (_id, _term, stored) => kindBoost[stored?.kind as EntryKind] ?? 1 : undefined,
      });
      return results.slice(0, options.limit ?? 10).map((result) => {
        const exactTerms = new Set(result.terms);
        const inexactFields = result.terms.filter((t) => !terms.includes(t)).flatMap((t) => result.match[t] ?? []);
        const matched = new Set(result.queryTerms);
        let covered = 0;
        let focused = 0;
        let anchored = 0;
        let evidence = 0;
        const qualityOf = (term: string) => (matched.has(term) ? (exactTerms.has(term) ? 1 : 0.7) : 0);
        for (const unit of units) {
          // A word counts through itself or through the canonical term of its phrase, whichever matched better.
          let best = { term: unit, quality: qualityOf(unit) };
          for (const standIn of standsFor.get(unit) ?? []) {
            if (qualityOf(standIn) > best.quality) best = { term: standIn, quality: qualityOf(standIn) };
          }
          if (best.quality === 0) continue;
          const weight = weightOfQueryTerm(unit) * best.quality;
          covered += weight;
          // A typo or prefix match is keyed by the document's term; credit its fields to this query term.
          const fields = exactTerms.has(best.term) ? (result.match[best.term] ?? []) : inexactFields;
          if (fields.some((field) => STRONG_FIELDS.has(field))) {
            focused += weight;
            evidence += (weighted.get(unit) ?? 1) * best.quality;
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
