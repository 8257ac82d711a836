import MiniSearch, { type AsPlainObject, type Options, type SearchOptions as MiniSearchOptions } from 'minisearch';
import type { KnowledgeBase } from '../content/load.js';
import type { Entry, EntryKind } from '../content/schema.js';
import { processWord, splitWords } from '../text/normalize.js';
import { createSynonymExpander } from '../text/synonyms.js';
import { specificity } from '../text/english.js';
import { commonAbove, tellingFirst } from './common-terms.js';
import { createPhrasingIndex } from './phrasings.js';
import { createQueryReader, type QueryTerms } from './query-terms.js';
import { createRecent } from './recent.js';
import { type Allowed, bestFirst, createTermScorer, type SavedPostings } from './scorer.js';

/**
 * Field weights. Published FAQ-retrieval results favour matching a question against the
 * entry's own phrasings over its answer text, so `questions`, `aliases` and `title` lead.
 */
export const FIELD_BOOSTS = { title: 4, aliases: 2, questions: 3, tags: 0.5, summary: 1.2, body: 0.8 } as const;
const FIELDS = Object.keys(FIELD_BOOSTS);
/** How well an entry matched a term: exactly (1), by a prefix or typo of it (0.7), or not at all. */
const qualityOf = (id: number, mark: number, matched: Int32Array, exact: Int32Array) =>
  matched[id] === mark ? (exact[id] === mark ? 1 : 0.7) : 0;

/** Fields whose match says "this entry is about that", not merely "mentions it". */
const STRONG_FIELDS = new Set(['title', 'aliases', 'questions', 'tags']);
const NAME_FIELDS = new Set(['title', 'aliases', 'tags']);
const isStrongField = (field: string) => STRONG_FIELDS.has(field);
const isNameField = (field: string) => NAME_FIELDS.has(field);
/** Which kinds of field a term is in: bits of a number, worked out once per term and entry. */
const STRONG = 1;
const NAMED = 2;
const flagsOf = (fields: readonly string[]) => (fields.some(isStrongField) ? STRONG : 0) | (fields.some(isNameField) ? NAMED : 0);
/** How many of MiniSearch's best results are weighed again with the features below. */
const CANDIDATES = 40;

/**
 * How the final order weighs each signal: BM25 relative to the best result, how much of the
 * question the entry covers (and in its name fields), and how close the question is to one
 * of the entry's own phrasings. Chosen on the project's tuning question set.
 */
export const RANK_WEIGHTS = { bm25: 0.5, coverage: 0.1, focus: 0.15, similarity: 0.15 } as const;
/** How close to one of an entry's questions counts as asked as written, and what that adds to its ranking score. */
const AS_WRITTEN = 0.98;
const AS_WRITTEN_BONUS = 0.1;
const AS_WRITTEN_TERMS = 3;

export interface SearchOptions {
  /** Multiplies the score of entries of these kinds. */
  kindBoost?: Partial<Record<EntryKind, number>>;
  /** Multiplies the score of entries with these tags (below 1 to hold them back). */
  tagBoost?: Record<string, number>;
  /** Only entries of these kinds. */
  kinds?: readonly EntryKind[];
  /** Never these entries (by id): how the content's own questions are asked against the rest of it. */
  exclude?: ReadonlySet<string>;
  limit?: number;
  /**
   * What the asker said around the question ("We have 12 engineers and just got headcount for
   * a reliability person. How should I structure the interviews?"): the entries it is about
   * get a vote, worth up to `CONTEXT_WEIGHT` of the ranking score.
   */
  context?: string;
}

/** The properties every object has (`{}.constructor`): a tag named like one is not missing from a plan's boosts. */
const INHERITED: ReadonlySet<string> = new Set(
  (function names(proto: object | null): string[] {
    return proto ? [...Object.getOwnPropertyNames(proto), ...names(Object.getPrototypeOf(proto))] : [];
  })(Object.prototype),
);

/** How much the sentences around a question can move the ranking (the question itself weighs 1). */
export const CONTEXT_WEIGHT = 0.35;
/** The most words of the surrounding sentences that vote (the rarest in the content). */
const CONTEXT_TERMS = 12;
const EMPTY_VOTES: ReadonlyMap<string, number> = new Map();

/** One ranked entry, with what the answerer needs to judge how well it fits. */
export interface Hit {
  entry: Entry;
  /** The final ranking score (0–1 before boosts). */
  score: number;
  /** Share (0–1) of the query's topic weight this entry matched; exact matches count fully, typo and prefix matches less. */
  coverage: number;
  /** Share (0–1) of the query's topic weight matched in title, aliases, questions or tags. */
  focus: number;
  /** Share (0–1) of the query's topic weight matched in title, aliases or tags: what the entry is named for. */
  anchor: number;
  /** Sum of the everyday-English specificity of the terms matched (in summary or body at half): absolute evidence the question is about this entry. */
  evidence: number;
  /** Best cosine (0–1) between the question and one of the entry's phrasings (title, aliases, questions). */
  similarity: number;
  /** Share (0–1) of the question's words that the content never uses (neither a known word nor a typo of one). */
  unknown: number;
  /** How many of the question's words belong to another field ("voltage", "bitcoin") and never occur in the content. */
  foreign: number;
  /** Processed query terms this entry matched. */
  matched: string[];
  /** How many topic terms the query had. */
  queryTermCount: number;
  /** What the search plan's tag boosts multiplied the score by (1 without them): how much the plan leans to this entry. */
  tagWeight?: number;
}

export interface SearchIndex {
  search(query: string, options?: SearchOptions): Hit[];
  /** The processed topic terms of a text, as the index sees them. */
  analyze(text: string): string[];
  /** The query as the index reads it: terms, their weights, unknown and foreign words. */
  read(query: string): QueryTerms;
  /** The built index, to save beside the content snapshot and load on the next start. */
  snapshot(): SearchSnapshot;
  /**
   * Indexes a new version of an entry already in the index (same id), in place: MiniSearch's
   * `replace`, the document frequencies and the entry's phrasings follow. How learned alternate
   * questions reach a running bot without a rebuild. False for an id the index does not hold.
   */
  replace(entry: Entry): boolean;
  readonly documentCount: number;
  /**
   * A new message: what the searches of the last one remembered is let go. One message reads and
   * searches the same texts many times, and shares that work; the next message seldom asks the
   * same, and results kept from message to message outlive the young garbage collector's cheap
   * sweeps, which then copy them, and pause each message longer.
   */
  startMessage(): void;
}

/**
 * A text's candidates before any boost, in MiniSearch's order: each one's features in an array of
 * their own, read by index. A search weighs every candidate and shows a few; a hit object per
 * candidate (with a box per number) was most of what a search allocated, kept for the message.
 */
interface Matches {
  entries: Entry[];
  /** The score before any boost. */
  score: number[];
  coverage: number[];
  focus: number[];
  anchor: number[];
  evidence: number[];
  similarity: number[];
  matched: string[][];
  unknown: number;
  foreign: number;
  queryTermCount: number;
}

/** Matches with no candidate yet: the text's similarities and what its reading says of it. */
function emptyMatches(similarity: number[], unknown: number, foreign: number, queryTermCount: number): Matches {
  return {
    entries: [],
    score: [],
    coverage: [],
    focus: [],
    anchor: [],
    evidence: [],
    similarity,
    matched: [],
    unknown,
    foreign,
    queryTermCount,
  };
}

const NO_MATCHES = emptyMatches([], 0, 0, 0);

/** `array` with its first `length` numbers set to 0, or a new array of zeros if it is shorter. */
function zeroed(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  if (array.length < length) return new Int32Array(Math.max(length, array.length * 2));
  array.fill(0, 0, length);
  return array;
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

/**
 * A built index, saved with the content snapshot so that a start loads it instead of indexing
 * again. Only ever used with the content it was built from (the snapshot's fingerprint says so).
 */
export interface SearchSnapshot {
  /**
   * MiniSearch's index (`toJSON`), or how to read it: a start given saved `postings` reads it only
   * when a question holds a word the content does not (matched by prefix and typo), or an entry learns
   * a question.
   */
  miniSearch: AsPlainObject | (() => AsPlainObject);
  documentFrequency: [string, number][];
  contentWords: string[];
  /** The exact matches of every term the content holds (see `scorer.ts`). */
  postings?: SavedPostings;
  /** The terms the content names things with (aliases, synonyms). */
  vocabulary?: string[];
}

export interface SearchIndexOptions {
  boosts?: Record<string, number>;
  rankWeights?: Record<keyof typeof RANK_WEIGHTS, number>;
  /** The same content's index, saved earlier ({@link SearchIndex.snapshot}): loaded instead of built. */
  snapshot?: SearchSnapshot;
}

/**
 * Everyday words that stand inside a name of several words ("right hand", "kinds of distsys work", "a day in the
 * life"): said alone they name nothing, so they keep their everyday weight ("is it hard to get right?" is not about
 * the staff archetypes' Right Hand; "how does the quorum work" is about quorums).
 */
const EVERYDAY_IN_NAMES = new Set([
  'right',
  // "retry logic", "business logic": the "logical" of "logical clocks" names nothing alone.
  'logical',
  'work',
  'time',
  'deal',
  'thing',
  'things',
  'way',
  'day',
  'days',
  'never',
  'always',
  'own',
  'did',
  'has',
  'have',
  'once',
  'not',
]);

/** Builds the MiniSearch index over a knowledge base, with our normalisation on both sides. */
export function createSearchIndex(kb: KnowledgeBase, options: SearchIndexOptions = {}): SearchIndex {
  const boosts = options.boosts ?? FIELD_BOOSTS;
  const rankWeights = options.rankWeights ?? RANK_WEIGHTS;
  const expander = createSynonymExpander(kb.synonyms);
  // Line by line: an entry's questions and aliases are one per line, and a phrase never runs from one into the next ("what
  // does the else in pacelc mean" then "latency vs consistency tradeoff" is no "mean latency").
  const tokenize = (text: string) => text.split('\n').flatMap((line) => expander.expand(splitWords(line)));
  const analyze = (text: string): string[] => [
    ...new Set(
      tokenize(text)
        .map(processWord)
        .filter((t): t is string => t !== null),
    ),
  ];

  // Document frequency per term, for weighting a query's terms by how telling they are. Counted
  // while MiniSearch indexes, so the text is analysed once: `extractField` says which document
  // is being read, `processTerm` sees each of its terms.
  const documentFrequency = new Map<string, number>(options.snapshot?.documentFrequency);
  // Every word as written in the content, to tell "electrical" (never written) from "electronic" (same stem).
  const contentWords = new Set<string>(options.snapshot?.contentWords);
  let currentTerms = new Set<string>();
  // True while MiniSearch indexes the content again in place of a saved index it could not read: counted already.
  let recounting = false;
  const miniSearchOptions: Options = {
    fields: FIELDS,
    // A replaced entry's old version is swept out of the term tree once enough have piled up, all in one go: MiniSearch
    // would sweep in batches with a pause between, and a replace made during the pause (the next learned question of the
    // same loop) changed the tree under the paused sweep, which then crashed the process (minisearch issue #306). One
    // sweep of this index takes a few milliseconds, and nothing else can run in the middle of it.
    autoVacuum: { batchSize: Number.MAX_SAFE_INTEGER },
    storeFields: ['kind'],
    tokenize,
    extractField: (doc, field) => {
      if (field === 'id' && !recounting) {
        for (const term of currentTerms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
        currentTerms = new Set();
      }
      return (doc as Record<string, string>)[field]!;
    },
    processTerm: (word) => {
      const term = processWord(word);
      if (recounting) return term;
      contentWords.add(word);
      if (term) currentTerms.add(term);
      return term;
    },
    searchOptions: { processTerm: processWord },
  };
  // Loaded from a snapshot when first needed: a start whose saved postings answer every term never reads it.
  const saved = options.snapshot;
  const savedMiniSearch = () => (typeof saved!.miniSearch === 'function' ? saved!.miniSearch() : saved!.miniSearch);
  let loaded: MiniSearch | undefined;
  if (!saved) {
    loaded = new MiniSearch(miniSearchOptions);
    loaded.addAll(kb.entries.map(toDocument));
    for (const term of currentTerms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const miniSearch = (): MiniSearch => {
    if (loaded) return loaded;
    try {
      loaded = MiniSearch.loadJS(savedMiniSearch(), miniSearchOptions);
    } catch {
      // The saved index is gone (a newer start pruned it) or unreadable: the same content indexed again is the same
      // index, entry for entry (a snapshot is saved before any entry learns a question).
      recounting = true;
      loaded = new MiniSearch(miniSearchOptions);
      loaded.addAll(kb.entries.map(toDocument));
      recounting = false;
    }
    return loaded;
  };
  const total = kb.entries.length;
  const idf = (term: string) => Math.log(1 + total / (documentFrequency.get(term) ?? total));

  // A word held by this many entries no longer makes a candidate of each of them (see common-terms.ts).
  const commonLimit = commonAbove(total);
  const isCommon = (term: string) => (documentFrequency.get(term) ?? 0) > commonLimit;
  /**
   * The scorer's groups for the terms of a text (or of several, any of which may match), where the
   * common words weigh only the entries the other words find: `finding` says how many groups find entries.
   */
  function groupsFor(groups: readonly (readonly string[])[]): { groups: readonly (readonly string[])[]; finding?: number } {
    // No word is held by more entries than the content has: small content is searched as it always was.
    if (total <= commonLimit) return { groups };
    const split = tellingFirst(groups.flat(), isCommon);
    return split ? { groups: [split.telling, split.common], finding: 1 } : { groups };
  }
  /** A text's terms as MiniSearch reads a query: its tokens, processed, stop words out. */
  const queryTermsOf = (text: string): string[] => tokenize(text).flatMap((word) => processWord(word) || []);
  const exactOptions: MiniSearchOptions = { boost: boosts };
  const looseOptions: MiniSearchOptions = {
    boost: boosts,
    // Typos and half-typed words are the terms the content does not know; a known term is
    // matched exactly, which also keeps long questions fast. Stemmed terms are short: one
    // edit in five characters catches "protocl", "consitent".
    fuzzy: (term) => (term.length >= 5 && !documentFrequency.has(term) ? 0.2 : false),
    prefix: (term) => term.length >= 4 && !documentFrequency.has(term),
    weights: { fuzzy: 0.3, prefix: 0.5 },
  };
  // The entries of the kinds a search asks for, by the kinds (a handful of lists): read again after a `replace`.
  let byKinds = new Map<string, Allowed>();
  const kindsOnly = (kinds: readonly EntryKind[]): Allowed => {
    const key = kinds.join(' ');
    let allowed = byKinds.get(key);
    if (!allowed) {
      allowed = scorer.allowed((_id, kind) => kinds.includes(kind as EntryKind));
      byKinds.set(key, allowed);
    }
    return allowed;
  };
  // Each term's matches are worked out once, and a search only adds them up.
  const scorer = createTermScorer(
    miniSearch,
    {
      loose: looseOptions,
      exact: exactOptions,
      known: (term) => documentFrequency.has(term),
      // A known term is matched exactly either way.
      sameForKnown: true,
      flagsOf,
    },
    saved?.postings,
  );

  const vocabulary = new Set(
    saved?.vocabulary ??
      [
        ...kb.entries.flatMap((entry) => entry.aliases),
        ...Object.entries(kb.synonyms).flatMap(([canonical, variants]) => [canonical, ...variants]),
      ]
        .map((name) => splitWords(name))
        // A name's everyday word names nothing alone; a name of one word does, however everyday ("cap", "lease").
        .flatMap((words) => (words.length === 1 ? words : words.filter((word) => !EVERYDAY_IN_NAMES.has(word))))
        .flatMap((word) => processWord(word) ?? []),
  );
  const reader = createQueryReader({ expander, documentFrequency, contentWords, idf, specificity, vocabulary });
  // Every reading of a question, and every check of it ("has it a topic of its own?"), reads it again.
  const recentReads = createRecent<QueryTerms>(64);
  const readQuery = (query: string) => recentReads.get(query, () => reader.read(query));
  // Each entry's phrasings (title, aliases, questions), analysed the first time the entry is a candidate:
  // a search weighs its best few hits only, and the content may hold thousands of entries.
  // Read from the list the index is built from (`npm run fit` cuts the list to titles, not the map by id).
  const listed = new Map(kb.entries.map((entry) => [entry.id, entry]));
  /** An entry's distinct terms as the index counts them (every field but the id). */
  const termsOf = (entry: Entry): Set<string> => {
    const document = toDocument(entry) as Record<string, string>;
    const terms = new Set<string>();
    for (const field of FIELDS) for (const word of tokenize(document[field]!)) terms.add(processWord(word) ?? '');
    terms.delete('');
    return terms;
  };
  const phrasingIndex = () =>
    createPhrasingIndex((entryId) => {
      const entry = listed.get(entryId)!;
      return [entry.title, ...entry.aliases, ...entry.questions].map(analyze);
    }, idf);
  let phrasings = phrasingIndex();

  // One message searches the same text several times (each reading, each comparison side, each kind of
  // question it might be): MiniSearch and the features are worked out once; the boosts are the asker's.
  const recentMatches = createRecent<Matches>(256);
  // Reused by every search, grown when short: a typed array longer than 64 bytes is allocated outside V8's heap, and every
  // one a search left behind is swept at each young collection.
  const scratch = {
    scores: new Float64Array(CANDIDATES),
    touched: new Int32Array(64),
    matchedMark: new Int32Array(64),
    exactMark: new Int32Array(64),
    exactFlags: new Int32Array(64),
  };
  const recentVotes = createRecent<ReadonlyMap<string, number>>(8);
  /**
   * How much each entry is what the sentences around a question are about (0–1). Long first
   * posts are cut to their most telling words, so a story costs no more than a question; the
   * last few are remembered, since every part of one message shares its context.
   */
  const votesOf = (context: string) => recentVotes.get(context, () => votesFresh(readQuery(context)));
  function votesFresh(read: QueryTerms): ReadonlyMap<string, number> {
    const telling = [...read.terms.keys()]
      .filter((term) => documentFrequency.has(term))
      .sort((a, b) => read.weightOf(b) - read.weightOf(a))
      .slice(0, CONTEXT_TERMS);
    const votes = new Map<string, number>();
    if (telling.length > 0) {
      const { groups, finding } = groupsFor(telling.map(queryTermsOf));
      const around = scorer.search(groups, false, undefined, CANDIDATES, false, finding).top;
      const best = around[0]?.score ?? 1;
      for (const r of around) votes.set(r.id as string, r.score / best);
    }
    return votes;
  }

  return {
    analyze,
    read: readQuery,
    documentCount: total,
    snapshot: () => ({
      miniSearch: loaded ? loaded.toJSON() : savedMiniSearch(),
      documentFrequency: [...documentFrequency],
      contentWords: [...contentWords],
      postings: scorer.save(documentFrequency.keys()),
      vocabulary: [...vocabulary],
    }),
    startMessage() {
      scorer.startMessage();
      recentMatches.clear();
      recentVotes.clear();
      recentReads.clear();
    },
    replace(entry) {
      const before = listed.get(entry.id);
      if (!before) return false;
      const termsBefore = termsOf(before);
      currentTerms = new Set();
      miniSearch().replace(toDocument(entry));
      // `extractField` flushed nothing (the set was empty); `processTerm` gathered the new version's terms.
      const termsAfter = currentTerms;
      currentTerms = new Set();
      for (const term of termsBefore) {
        const count = (documentFrequency.get(term) ?? 1) - 1;
        if (count > 0) documentFrequency.set(term, count);
        else documentFrequency.delete(term);
      }
      for (const term of termsAfter) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      listed.set(entry.id, entry);
      // Every phrasing read so far is read again, not only this entry's: a phrasing's norm is weighed by the terms'
      // document frequencies when read, and those of this entry's terms just moved, so a norm read before would differ
      // from one read after (an index that answered questions before a `replace` would rank unlike one that had not).
      phrasings = phrasingIndex();
      scorer.clear();
      byKinds = new Map();
      reader.forget();
      recentMatches.clear();
      recentVotes.clear();
      recentReads.clear();
      return true;
    },
    search(query, { kindBoost, tagBoost, kinds, exclude, limit, context } = {}) {
      const key = JSON.stringify([query, kinds, exclude && [...exclude]]);
      const matches = recentMatches.get(key, () => matchesOf(query, kinds, exclude));
      const { entries } = matches;
      if (entries.length === 0) return [];
      const contextVotes = context ? votesOf(context) : EMPTY_VOTES;
      // A tag's boost read from a map: looking each entry's tags up in the plan's object (a new one per search, most
      // tags missing from it) costs more than the rest of the score. A tag named like one of every object's own
      // properties ("constructor") is looked up as before.
      const boostOf = tagBoost && new Map(Object.entries(tagBoost));
      const tagWeights = entries.map((entry) => {
        let weight = 1;
        if (boostOf) {
          for (const tag of entry.tags) {
            const boost = boostOf.get(tag);
            if (boost !== undefined) weight *= boost;
            else if (INHERITED.has(tag)) weight *= tagBoost![tag] ?? 1;
          }
        }
        return weight;
      });
      // In a Float64Array, as the scorer's are: `bestFirst` given one kind of array reads its numbers as they are; given
      // two, V8 boxes every number it reads (20 KB more per search at 10,072 entries, and more frequent young collections).
      // Filled by a loop: `Float64Array.from` reads an array through its iterator, an object per hit and per score.
      if (scratch.scores.length < entries.length) scratch.scores = new Float64Array(entries.length);
      const scores = scratch.scores;
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i]!;
        scores[i] =
          (matches.score[i]! + CONTEXT_WEIGHT * (contextVotes.get(entry.id) ?? 0)) * (kindBoost?.[entry.kind] ?? 1) * tagWeights[i]!;
      }
      // Only the hits shown are made, with their boosted score: a stable sort's first `limit`.
      return bestFirst(scores, limit ?? 10, entries.length).map(
        (i): Hit => ({
          entry: entries[i]!,
          score: scores[i]!,
          coverage: matches.coverage[i]!,
          focus: matches.focus[i]!,
          anchor: matches.anchor[i]!,
          evidence: matches.evidence[i]!,
          similarity: matches.similarity[i]!,
          unknown: matches.unknown,
          foreign: matches.foreign,
          matched: matches.matched[i]!,
          queryTermCount: matches.queryTermCount,
          tagWeight: tagWeights[i]!,
        }),
      );
    },
  };

  /** The best candidates for a text, with their features and their score before any boost, in MiniSearch's order. */
  function matchesOf(query: string, kinds?: readonly EntryKind[], exclude?: ReadonlySet<string>): Matches {
    const read = readQuery(query);
    if (read.terms.size === 0) return NO_MATCHES;
    const wanted = (id: unknown, kind: unknown) => (!kinds || kinds.includes(kind as EntryKind)) && !exclude?.has(id as string);
    // The entries of some kinds are asked for by many searches (a comparison's sides, the comparisons): which they are is read once.
    const only = exclude ? wanted : kinds ? kindsOnly(kinds) : undefined;
    const { groups, finding } = groupsFor([read.searchTerms]);
    const ranked = scorer.search(groups, true, only, CANDIDATES, true, finding);
    const candidates = ranked.top;
    if (candidates.length === 0) return NO_MATCHES;
    const similarity = phrasings.similarities(
      read.similarityWeights,
      candidates.map((result) => result.id as string),
    );
    const topScore = candidates[0]!.score;
    // What each of the question's words weighs and which terms may stand for it: read once, not once per candidate.
    const units = read.units.map((unit) => ({
      unit,
      standIns: [...(read.standsFor.get(unit) ?? [])],
      weight: read.weightOf(unit),
      specificity: read.specificityOf(unit),
    }));
    // Every term a word may count through (itself, a typo's correction, the canonical term of its phrase), numbered,
    // and the words each term can count for: what each candidate matched is then marked once, not looked up per word.
    const numbered = new Map<string, number>();
    const unitsOf: number[][] = [];
    const unitTerms = units.map((unit, i) =>
      [unit.unit, ...unit.standIns].map((term) => {
        let id = numbered.get(term);
        if (id === undefined) {
          id = unitsOf.length;
          numbered.set(term, id);
          unitsOf.push([]);
        }
        unitsOf[id]!.push(i);
        return id;
      }),
    );
    const touched = (scratch.touched = zeroed(scratch.touched, units.length));
    const matchedMark = (scratch.matchedMark = zeroed(scratch.matchedMark, unitsOf.length));
    const exactMark = (scratch.exactMark = zeroed(scratch.exactMark, unitsOf.length));
    const exactFlags = (scratch.exactFlags = zeroed(scratch.exactFlags, unitsOf.length));
    const share = (x: number) => Math.min(1, x / (read.totalWeight || 1));
    // The entry's terms it matched: a query term's own (exact) and its fields, and the fields of the terms a prefix or
    // typo matched instead of a query term of their own, all together (one visitor for every candidate).
    let mark = 0;
    let inexactFlags = 0;
    const visit = (term: string, flags: number) => {
      const id = numbered.get(term);
      if (id !== undefined && exactMark[id] !== mark) {
        exactMark[id] = mark;
        exactFlags[id] = flags;
      }
      if (!read.terms.has(term)) inexactFlags |= flags;
    };
    const matches = emptyMatches(similarity, read.unknownShare, read.foreign, read.terms.size);
    for (let rank = 0; rank < candidates.length; rank++) {
      const result = candidates[rank]!;
      mark = rank + 1;
      const matched = result.queryTerms;
      // Only the words this entry matched count: a long question's other words are passed over unread.
      for (const term of matched) {
        const id = numbered.get(term);
        if (id === undefined) continue;
        matchedMark[id] = mark;
        for (const i of unitsOf[id]!) touched[i] = mark;
      }
      inexactFlags = 0;
      ranked.forEachTerm(rank, visit);
      let covered = 0;
      let focused = 0;
      let anchored = 0;
      let evidence = 0;
      for (let i = 0; i < units.length; i++) {
        if (touched[i] !== mark) continue;
        const unit = units[i]!;
        const ids = unitTerms[i]!;
        // A word counts through itself, its correction, or the canonical term of its phrase, whichever matched best.
        let best = ids[0]!;
        let quality = qualityOf(best, mark, matchedMark, exactMark);
        for (let k = 1; k < ids.length; k++) {
          const standInQuality = qualityOf(ids[k]!, mark, matchedMark, exactMark);
          if (standInQuality > quality) {
            best = ids[k]!;
            quality = standInQuality;
          }
        }
        if (quality === 0) continue;
        const weight = unit.weight * quality;
        covered += weight;
        // A typo or prefix match is keyed by the document's term; credit its fields to this query term.
        const flags = exactMark[best] === mark ? exactFlags[best]! : inexactFlags;
        if (flags & STRONG) {
          focused += weight;
          evidence += unit.specificity * quality;
        } else {
          // A rare word in the answer text ("Fischer, Lynch and Paterson") is evidence too, at half weight.
          evidence += (unit.specificity * quality) / 2;
        }
        if (flags & NAMED) anchored += weight;
      }
      const coverage = share(covered);
      const focus = share(focused);
      const w = rankWeights;
      matches.entries.push(kb.byId.get(result.id as string)!);
      // A question asked as one of the entry's own was written (near enough word for word) is the editor's routing:
      // the words of a busier entry's title ("distributed systems engineers") do not outvote it.
      // Only a question of a few words: one word ("read") is as close to "read-through" as any question can be.
      const asWritten = similarity[rank]! >= AS_WRITTEN && read.terms.size >= AS_WRITTEN_TERMS ? AS_WRITTEN_BONUS : 0;
      matches.score.push(
        w.bm25 * (result.score / topScore) + w.coverage * coverage + w.focus * focus + w.similarity * similarity[rank]! + asWritten,
      );
      matches.coverage.push(coverage);
      matches.focus.push(focus);
      matches.anchor.push(share(anchored));
      matches.evidence.push(evidence);
      matches.matched.push(result.queryTerms);
    }
    return matches;
  }
}
