import type MiniSearch from 'minisearch';
import type { SearchOptions as MiniSearchOptions, SearchResult } from 'minisearch';

/**
 * MiniSearch's OR search of processed terms, with each term's matches worked out once and kept.
 *
 * A message is searched a dozen times and more (each reading of each part, each comparison side,
 * the sentences around it), and most of those texts share most of their words: MiniSearch reads
 * every term's postings, scores them and allocates a result per entry per term each time. Here a
 * term's scored matches are MiniSearch's own (`executeQuery` of the one term), kept per term, and
 * a search only adds them up, in MiniSearch's order and with its arithmetic, so that scores, order
 * (ties included) and matched terms are exactly what `MiniSearch.search` returns. `scorer.test.ts`
 * holds the two side by side.
 *
 * Used only where MiniSearch would score every entry holding a word of the query (the content is
 * no larger than `commonAbove` says): the common-terms query of large content is MiniSearch's.
 */

/** What MiniSearch's `executeQuery` keeps for one entry (keyed by its short id). */
interface RawResult {
  score: number;
  terms: string[];
  match: Record<string, string[]>;
}

/** The parts of MiniSearch this reads (MiniSearch 7.2: `executeQuery` is its search before the final sort). */
interface MiniSearchInternals {
  executeQuery(query: string, options: MiniSearchOptions): Map<number, RawResult>;
  _documentIds: Map<number, unknown>;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
  _nextId: number;
}

/**
 * One term's matches, in the order MiniSearch meets the entries: each entry's score for the term, and
 * the terms of the entry it matched (the term itself, or the words it is a prefix or a typo of) with
 * the fields each is in.
 */
interface Posting {
  docs: Int32Array;
  scores: Float64Array;
  matched: readonly (readonly string[])[];
  flags: readonly (readonly number[])[];
}

const EMPTY_POSTING: Posting = { docs: new Int32Array(0), scores: new Float64Array(0), matched: [], flags: [] };

/**
 * One result: MiniSearch's `SearchResult` without the `match` object, whose keys are `terms`
 * (the entry's terms matched) and whose fields are read into `flags`, one for each of them.
 */
export interface Scored {
  id: string;
  score: number;
  kind: unknown;
  /** The query's terms this entry matched, in the query's order. */
  queryTerms: string[];
  terms: string[];
  /** What the fields of each of `terms` are, as `TermScorerOptions.flagsOf` says. */
  flags: number[];
}

/** MiniSearch's own result, as a `Scored`. */
export function scoredOf(result: SearchResult, flagsOf: (fields: readonly string[]) => number): Scored {
  return {
    id: result.id as string,
    score: result.score,
    kind: result.kind,
    queryTerms: result.queryTerms,
    terms: result.terms,
    flags: result.terms.map((term) => flagsOf(result.match[term] ?? [])),
  };
}

/** A search's results, best first: `count` entries matched; the first `limit` of them are `top`. */
export interface Ranked {
  count: number;
  top: Scored[];
}

export interface TermScorer {
  /**
   * MiniSearch's search of `groups` (each the processed terms of one text; several are OR-ed as
   * MiniSearch's `{ queries, combineWith: 'OR' }`), with `options` when `loose` is true (a term
   * the content does not know is matched by prefix and typo) and only `exact` otherwise. Only
   * entries `wanted` says yes to are scored. `top` holds at most `limit` results; without
   * `details` they carry their id and score only.
   */
  search(
    groups: readonly (readonly string[])[],
    loose: boolean,
    wanted: ((id: string, kind: unknown) => boolean) | undefined,
    limit: number,
    details: boolean,
  ): Ranked;
  /** Forgets every term's matches (the index changed). */
  clear(): void;
}

export interface TermScorerOptions {
  /** The search options of a search that may match terms by prefix or typo. */
  loose: MiniSearchOptions;
  /** The search options of a search of exact terms. */
  exact: MiniSearchOptions;
  /** Whether a term is one the content holds: only those are kept (what a question may say is unbounded). */
  known(term: string): boolean;
  /**
   * Whether `loose` and `exact` match a known term alike (they differ only for the words the content
   * does not know): its matches are then kept once for both.
   */
  sameForKnown: boolean;
  /** What a list of fields says (which kinds of field a term is in), worked out once per term and entry. */
  flagsOf(fields: readonly string[]): number;
}

/** Keeps at most this many unknown terms' loose matches (typos are few and rarely repeat across messages). */
const UNKNOWN_KEPT = 128;
/** Stamps start again from zero (on fresh slots) before they could overflow. */
const MAX_EPOCH = 2 ** 30;

export function createTermScorer(miniSearch: MiniSearch, options: TermScorerOptions): TermScorer {
  const internals = miniSearch as unknown as MiniSearchInternals;
  const single = (term: string): string[] => [term];
  const looseOptions: MiniSearchOptions = { ...options.loose, tokenize: single, processTerm: (term) => term };
  const exactOptions: MiniSearchOptions = { ...options.exact, tokenize: single, processTerm: (term) => term };
  let knownLoose = new Map<string, Posting>();
  let knownExact = options.sameForKnown ? knownLoose : new Map<string, Posting>();
  // Started anew when full, not trimmed: see `recent.ts` (a trimmed map in the old generation keeps what it dropped).
  let unknownLoose = new Map<string, Posting>();

  const postingOf = (term: string, loose: boolean): Posting => {
    const known = options.known(term);
    const kept = known ? (loose ? knownLoose : knownExact) : loose ? unknownLoose : undefined;
    const cached = kept?.get(term);
    if (cached) return cached;
    const raw = internals.executeQuery(term, loose ? looseOptions : exactOptions);
    let posting = EMPTY_POSTING;
    if (raw.size > 0) {
      const docs = new Int32Array(raw.size);
      const scores = new Float64Array(raw.size);
      const matched: string[][] = [];
      const flags: number[][] = [];
      let i = 0;
      for (const [doc, result] of raw) {
        docs[i] = doc;
        scores[i] = result.score;
        const terms = Object.keys(result.match);
        matched.push(terms);
        flags.push(terms.map((term) => options.flagsOf(result.match[term]!)));
        i++;
      }
      posting = { docs, scores, matched, flags };
    }
    if (kept === unknownLoose && unknownLoose.size >= UNKNOWN_KEPT) {
      unknownLoose = new Map([[term, posting]]);
    } else {
      kept?.set(term, posting);
    }
    return posting;
  };

  // Per short id, reused by every search: a stamp says which search (or group of one) last wrote the entry's slot.
  let capacity = 0;
  let total = new Float64Array(0);
  let totalStamp = new Int32Array(0);
  let inner = new Float64Array(0);
  let innerStamp = new Int32Array(0);
  let quality = new Int32Array(0);
  let qualityStamp = new Int32Array(0);
  let rankOf = new Int32Array(0);
  let epoch = 0;
  let innerEpoch = 0;
  const ensureCapacity = () => {
    const needed = internals._nextId + 1;
    if (needed <= capacity && epoch < MAX_EPOCH && innerEpoch < MAX_EPOCH) return;
    capacity = Math.max(needed, capacity);
    total = new Float64Array(capacity);
    totalStamp = new Int32Array(capacity);
    inner = new Float64Array(capacity);
    innerStamp = new Int32Array(capacity);
    quality = new Int32Array(capacity);
    qualityStamp = new Int32Array(capacity);
    rankOf = new Int32Array(capacity);
    epoch = 0;
    innerEpoch = 0;
  };
  const idOf = (doc: number) => internals._documentIds.get(doc) as string;
  const kindOf = (doc: number) => internals._storedFields.get(doc)?.kind;

  return {
    clear() {
      knownLoose = new Map();
      knownExact = options.sameForKnown ? knownLoose : new Map();
      unknownLoose = new Map();
    },
    search(groups, loose, wanted, limit, details) {
      ensureCapacity();
      epoch++;
      // Which entries may be scored: asked once per entry per search.
      let allowed: Uint8Array | undefined;
      if (wanted) {
        allowed = new Uint8Array(capacity);
        for (const [doc, id] of internals._documentIds) if (wanted(id as string, kindOf(doc))) allowed[doc] = 1;
      }
      // Every term of every group, in order; a repeated term adds its score again but counts once (MiniSearch's `terms`).
      const postings: Posting[] = [];
      const firsts: boolean[] = [];
      const terms: string[] = [];
      const seen = new Set<string>();
      const groupEnds: number[] = [];
      for (const group of groups) {
        for (const term of group) {
          if (!term) continue;
          postings.push(postingOf(term, loose));
          firsts.push(!seen.has(term));
          seen.add(term);
          terms.push(term);
        }
        groupEnds.push(postings.length);
      }
      // The entries met, in the order MiniSearch meets them. One group: its terms' scores add up in order.
      // Several: each group's own sum is added to the total, as MiniSearch combines subqueries (floating point
      // addition is not associative: the grouping is kept).
      const order: number[] = [];
      const nested = groups.length > 1;
      let start = 0;
      for (const end of groupEnds) {
        const met = nested ? [] : order;
        const sum = nested ? inner : total;
        const stamp = nested ? innerStamp : totalStamp;
        const mark = nested ? ++innerEpoch : epoch;
        for (let k = start; k < end; k++) {
          const { docs, scores } = postings[k]!;
          const first = firsts[k]!;
          for (let j = 0; j < docs.length; j++) {
            const doc = docs[j]!;
            if (allowed && !allowed[doc]) continue;
            if (stamp[doc] !== mark) {
              stamp[doc] = mark;
              sum[doc] = scores[j]!;
              met.push(doc);
            } else {
              sum[doc] = sum[doc]! + scores[j]!;
            }
            if (first) {
              if (qualityStamp[doc] !== epoch) {
                qualityStamp[doc] = epoch;
                quality[doc] = 0;
              }
              quality[doc]!++;
            }
          }
        }
        if (nested) {
          for (const doc of met) {
            if (totalStamp[doc] !== epoch) {
              totalStamp[doc] = epoch;
              total[doc] = inner[doc]!;
              order.push(doc);
            } else {
              total[doc] = total[doc]! + inner[doc]!;
            }
          }
        }
        start = end;
      }
      // MiniSearch's final score (times the number of query terms matched), and its stable sort, best first: the
      // first `limit`, kept in order as they come (a later entry goes after every one it ties with).
      const finals = new Float64Array(order.length);
      for (let i = 0; i < order.length; i++) finals[i] = total[order[i]!]! * (quality[order[i]!]! || 1);
      const shown = bestFirst(finals, limit);
      const top = shown.map(
        (i): Scored => ({ id: idOf(order[i]!), score: finals[i]!, kind: kindOf(order[i]!), queryTerms: [], terms: [], flags: [] }),
      );
      if (details && top.length > 0) {
        // The terms and fields each shown entry matched, met in the query's order as MiniSearch combines them (a
        // term of the entry matched again is in the same fields: it is kept once).
        shown.forEach((i, rank) => {
          rankOf[order[i]!] = rank + 1;
        });
        for (let k = 0; k < postings.length; k++) {
          const { docs, matched, flags } = postings[k]!;
          for (let j = 0; j < docs.length; j++) {
            const rank = rankOf[docs[j]!]!;
            if (rank === 0) continue;
            const result = top[rank - 1]!;
            if (firsts[k]) result.queryTerms.push(terms[k]!);
            const own = matched[j]!;
            for (let m = 0; m < own.length; m++) {
              if (result.terms.includes(own[m]!)) continue;
              result.terms.push(own[m]!);
              result.flags.push(flags[j]![m]!);
            }
          }
        }
        for (const i of shown) rankOf[order[i]!] = 0;
      }
      return { count: order.length, top };
    },
  };
}

/**
 * The positions of the `limit` highest of `scores`, highest first, ties in the order given: the
 * first `limit` of a stable sort by descending score, without sorting the rest.
 */
export function bestFirst(scores: ArrayLike<number>, limit: number): number[] {
  const shown: number[] = [];
  if (limit <= 0) return shown;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i]!;
    // A sort's comparator reads NaN as a tie with anything: only the sort itself says where that leaves each.
    if (Number.isNaN(score)) return sortedFirst(scores, limit);
    if (shown.length === limit && !(score > scores[shown[limit - 1]!]!)) continue;
    let at = shown.length;
    // After every one it ties with: they came first.
    while (at > 0 && scores[shown[at - 1]!]! < score) at--;
    shown.splice(at, 0, i);
    if (shown.length > limit) shown.pop();
  }
  return shown;
}

const sortedFirst = (scores: ArrayLike<number>, limit: number): number[] =>
  Array.from({ length: scores.length }, (_, i) => i)
    .sort((a, b) => scores[b]! - scores[a]!)
    .slice(0, limit);
