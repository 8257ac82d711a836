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
 * Large content's common words (`common-terms.ts`) are a last group that only adds to the entries
 * the groups before it found: MiniSearch's query of the telling words, then the common ones with a
 * `boostDocument` of 0 for every entry the telling ones did not meet, scored alike.
 *
 * The terms the content holds can be saved with the index ({@link TermScorer.save}) and given back
 * on the next start: the scorer then needs MiniSearch only for a word the content does not hold
 * (matched by prefix and typo), and loads it then, not at the start.
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
 * the terms of the entry it matched with the fields each is in (read into bits). A term the content
 * holds matches itself only (`own`: one set of bits per entry); a prefix or a typo matches other terms
 * (`matched`, with `flags` for each).
 */
interface Posting {
  term: string;
  docs: Int32Array;
  scores: Float64Array;
  own?: Uint8Array;
  matched?: readonly (readonly string[])[];
  flags?: readonly (readonly number[])[];
}

/** One result: MiniSearch's `SearchResult` without what it matched in which fields (see {@link Ranked.forEachTerm}). */
export interface Scored {
  id: string;
  score: number;
  kind: unknown;
  /** The query's terms this entry matched, in the query's order. */
  queryTerms: string[];
}

/** A search's results, best first: `count` entries matched; the first `limit` of them are `top`. */
export interface Ranked {
  count: number;
  top: Scored[];
  /**
   * Calls `visit` with each term of `top[rank]` the search matched (a query term itself, or the term of
   * the entry a prefix or typo of one matched: MiniSearch's `match` keys) and what the fields it is in
   * are (`flagsOf`); a term may come more than once, always with the same fields. Only for a search
   * with `details`, before the scorer searches again.
   */
  forEachTerm(rank: number, visit: (term: string, flags: number) => void): void;
}

/** MiniSearch's own results, as a `Ranked`. */
export function rankedOf(results: readonly SearchResult[], limit: number, flagsOf: (fields: readonly string[]) => number): Ranked {
  const shown = results.slice(0, limit);
  return {
    count: results.length,
    top: shown.map((result) => ({ id: result.id as string, score: result.score, kind: result.kind, queryTerms: result.queryTerms })),
    forEachTerm(rank, visit) {
      const { terms, match } = shown[rank]!;
      for (const term of terms) visit(term, flagsOf(match[term] ?? []));
    },
  };
}

/**
 * Each term the content holds, with its exact matches as {@link TermScorer.save} worked them out:
 * what a start reads instead of loading MiniSearch. The entries are listed by short id (null for
 * none); the terms one a line; the rest is base64 of little-endian arrays (Uint32 `starts`, the
 * first match of each term and one past the last; Int32 `docs`; Float64 `scores`; Uint8 `flags`).
 */
export interface SavedPostings {
  ids: (string | null)[];
  kinds: unknown[];
  terms: string;
  starts: string;
  docs: string;
  scores: string;
  flags: string;
}

/** Saved arrays are read as they were written: only on a machine that stores numbers little-endian (nearly all). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const toBase64 = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
/** The bytes of a base64 string in a buffer of their own (aligned for any typed array). */
const fromBase64 = (text: string) => Uint8Array.from(Buffer.from(text, 'base64')).buffer;

interface Preset {
  at: Map<string, number>;
  starts: Uint32Array;
  docs: Int32Array;
  scores: Float64Array;
  flags: Uint8Array;
  ids: (string | null)[];
  kinds: unknown[];
}

function presetOf(saved: SavedPostings): Preset {
  return {
    at: new Map(saved.terms === '' ? [] : saved.terms.split('\n').map((term, i) => [term, i])),
    starts: new Uint32Array(fromBase64(saved.starts)),
    docs: new Int32Array(fromBase64(saved.docs)),
    scores: new Float64Array(fromBase64(saved.scores)),
    flags: new Uint8Array(fromBase64(saved.flags)),
    ids: saved.ids,
    kinds: saved.kinds,
  };
}

export interface TermScorer {
  /**
   * MiniSearch's search of `groups` (each the processed terms of one text; several are OR-ed as
   * MiniSearch's `{ queries, combineWith: 'OR' }`), with `options` when `loose` is true (a term
   * the content does not know is matched by prefix and typo) and only `exact` otherwise. Only
   * entries `wanted` says yes to are scored. `top` holds at most `limit` results; without
   * `details` they carry their id and score only. The groups from `finding` on find no entry:
   * they add to the entries the groups before them met (a large content's common words).
   */
  search(
    groups: readonly (readonly string[])[],
    loose: boolean,
    wanted: Wanted | undefined,
    limit: number,
    details: boolean,
    finding?: number,
  ): Ranked;
  /** Which entries `wanted` says yes to, as `search` reads it: for a filter used by many searches, asked once. */
  allowed(wanted: (id: string, kind: unknown) => boolean): Allowed;
  /** Forgets every term's matches, the saved ones too (the index changed). */
  clear(): void;
  /**
   * A new message: the matches of the words the content does not hold are let go. Typos and stray words
   * seldom come back in the next message, and matches kept across messages outlive a young collection,
   * are copied by it and then moved to the old generation, only to die there.
   */
  startMessage(): void;
  /**
   * The exact matches of `terms` (terms the content holds, each matching only itself), to give back to
   * {@link createTermScorer} with the same index; undefined where numbers are not stored little-endian.
   */
  save(terms: Iterable<string>): SavedPostings | undefined;
}

/** The entries a search may score: a filter, or what {@link TermScorer.allowed} made of one. */
export type Wanted = ((id: string, kind: unknown) => boolean) | Allowed;

/** A filter asked of every entry of the index as it was (a change to the index makes it stale). */
export interface Allowed {
  readonly mask: Uint8Array;
  readonly generation: number;
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

/** The query terms of a search without details: none read. */
const NONE: string[] = [];

/** Keeps at most this many unknown terms' loose matches within a message (see {@link TermScorer.startMessage}). */
const UNKNOWN_KEPT = 128;
/** Stamps start again from zero (on fresh slots) before they could overflow. */
const MAX_EPOCH = 2 ** 30;

/**
 * `miniSearch` gives the index (built, or loaded on first use); `saved` is what {@link TermScorer.save}
 * gave for the same index, if anything: its terms are read from it without MiniSearch.
 */
export function createTermScorer(miniSearch: () => MiniSearch, options: TermScorerOptions, saved?: SavedPostings): TermScorer {
  const internals = () => miniSearch() as unknown as MiniSearchInternals;
  let preset = saved && LITTLE_ENDIAN ? presetOf(saved) : undefined;
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
    const at = known && (!loose || options.sameForKnown) ? preset?.at.get(term) : undefined;
    const posting =
      at !== undefined
        ? presetPosting(preset!, term, at)
        : postingFresh(term, internals().executeQuery(term, loose ? looseOptions : exactOptions));
    if (kept === unknownLoose && unknownLoose.size >= UNKNOWN_KEPT) {
      unknownLoose = new Map([[term, posting]]);
    } else {
      kept?.set(term, posting);
    }
    return posting;
  };
  const presetPosting = ({ starts, docs, scores, flags }: Preset, term: string, at: number): Posting => {
    const [start, end] = [starts[at]!, starts[at + 1]!];
    return { term, docs: docs.subarray(start, end), scores: scores.subarray(start, end), own: flags.subarray(start, end) };
  };
  const postingFresh = (term: string, raw: Map<number, RawResult>): Posting => {
    const docs = new Int32Array(raw.size);
    const scores = new Float64Array(raw.size);
    const own = new Uint8Array(raw.size);
    const matched: string[][] = [];
    const flags: number[][] = [];
    let onlyItself = true;
    let i = 0;
    for (const [doc, result] of raw) {
      docs[i] = doc;
      scores[i] = result.score;
      const terms = Object.keys(result.match);
      matched.push(terms);
      flags.push(terms.map((matchedTerm) => options.flagsOf(result.match[matchedTerm]!)));
      if (terms.length === 1 && terms[0] === term) own[i] = flags[i]![0]!;
      else onlyItself = false;
      i++;
    }
    return onlyItself ? { term, docs, scores, own } : { term, docs, scores, matched, flags };
  };

  // Per short id, reused by every search: a stamp says which search (or group of one) last wrote the entry's slot.
  let capacity = 0;
  let generation = 0;
  let total = new Float64Array(0);
  let totalStamp = new Int32Array(0);
  let inner = new Float64Array(0);
  let innerStamp = new Int32Array(0);
  let quality = new Int32Array(0);
  let qualityStamp = new Int32Array(0);
  let finals = new Float64Array(0);
  let order = new Int32Array(0);
  let met = new Int32Array(0);
  // Each shown entry's matches, in the order met: a chain through the (posting, place) pairs of the search.
  let chainStart = new Int32Array(0);
  let chainEnd = new Int32Array(0);
  let links = { posting: new Int32Array(0), place: new Int32Array(0), next: new Int32Array(0) };
  let idAt: string[] = [];
  let kindAt: unknown[] = [];
  let entries: [number, string][] = [];
  let epoch = 0;
  let innerEpoch = 0;
  /** The entries by short id: from what was saved, or from MiniSearch. */
  const documents = (): [number, string][] =>
    preset
      ? preset.ids.flatMap((id, doc): [number, string][] => (id === null ? [] : [[doc, id]]))
      : [...internals()._documentIds].map(([doc, id]): [number, string] => [doc, id as string]);
  const kindOfDoc = (doc: number) => (preset ? (preset.kinds[doc] ?? undefined) : internals()._storedFields.get(doc)?.kind);
  /** How many short ids the index has handed out (entries removed since included). */
  let slots = 0;
  const ensureCapacity = () => {
    slots = preset ? preset.ids.length : internals()._nextId;
    const needed = slots + 1;
    if (needed <= capacity && epoch < MAX_EPOCH && innerEpoch < MAX_EPOCH) return;
    capacity = Math.max(needed, capacity);
    total = new Float64Array(capacity);
    totalStamp = new Int32Array(capacity);
    inner = new Float64Array(capacity);
    innerStamp = new Int32Array(capacity);
    quality = new Int32Array(capacity);
    qualityStamp = new Int32Array(capacity);
    finals = new Float64Array(capacity);
    order = new Int32Array(capacity);
    met = new Int32Array(capacity);
    chainStart = new Int32Array(capacity);
    chainEnd = new Int32Array(capacity);
    idAt = new Array(capacity);
    kindAt = new Array(capacity);
    entries = documents();
    for (const [doc, id] of entries) {
      idAt[doc] = id;
      kindAt[doc] = kindOfDoc(doc);
    }
    generation++;
    epoch = 0;
    innerEpoch = 0;
  };
  const ensureLinks = (size: number) => {
    if (links.next.length >= size) return;
    const length = Math.max(size, links.next.length * 2, 1024);
    links = { posting: new Int32Array(length), place: new Int32Array(length), next: new Int32Array(length) };
  };
  const maskOf = (wanted: (id: string, kind: unknown) => boolean): Allowed => {
    const mask = new Uint8Array(capacity);
    for (const [doc, id] of entries) if (wanted(id, kindAt[doc])) mask[doc] = 1;
    return { mask, generation };
  };

  return {
    clear() {
      knownLoose = new Map();
      knownExact = options.sameForKnown ? knownLoose : new Map();
      unknownLoose = new Map();
      preset = undefined;
      // The short ids, kinds and filters are read again.
      capacity = 0;
    },
    startMessage() {
      unknownLoose = new Map();
    },
    save(terms) {
      if (!LITTLE_ENDIAN) return undefined;
      ensureCapacity();
      const list = [...terms];
      const postings = list.map((term) => postingOf(term, false));
      if (postings.some((posting) => !posting.own)) return undefined;
      const starts = new Uint32Array(list.length + 1);
      postings.forEach((posting, i) => {
        starts[i + 1] = starts[i]! + posting.docs.length;
      });
      const size = starts[list.length]!;
      const [docs, scores, flags] = [new Int32Array(size), new Float64Array(size), new Uint8Array(size)];
      postings.forEach((posting, i) => {
        docs.set(posting.docs, starts[i]);
        scores.set(posting.scores, starts[i]);
        flags.set(posting.own!, starts[i]);
      });
      return {
        ids: Array.from({ length: slots }, (_, doc) => idAt[doc] ?? null),
        kinds: Array.from({ length: slots }, (_, doc) => (idAt[doc] === undefined ? null : (kindAt[doc] ?? null))),
        terms: list.join('\n'),
        starts: toBase64(starts),
        docs: toBase64(docs),
        scores: toBase64(scores),
        flags: toBase64(flags),
      };
    },
    allowed(wanted) {
      ensureCapacity();
      return maskOf(wanted);
    },
    search(groups, loose, wanted, limit, details, finding = groups.length) {
      ensureCapacity();
      epoch++;
      // Which entries may be scored: asked once per entry per search, unless asked already for this index.
      let allowed: Uint8Array | undefined;
      if (typeof wanted === 'function') allowed = maskOf(wanted).mask;
      else if (wanted) allowed = wanted.generation === generation ? wanted.mask : undefined;
      if (wanted && !allowed) throw new Error('a filter of an index since changed');
      // Every term of every group, in order; a repeated term adds its score again but counts once (MiniSearch's `terms`).
      const postings: Posting[] = [];
      const firsts: boolean[] = [];
      const seen = new Set<string>();
      const groupEnds: number[] = [];
      let entries = 0;
      for (const group of groups) {
        for (const term of group) {
          if (!term) continue;
          const posting = postingOf(term, loose);
          firsts.push(!seen.has(term));
          seen.add(term);
          postings.push(posting);
          entries += posting.docs.length;
        }
        groupEnds.push(postings.length);
      }
      if (details) ensureLinks(entries);
      let linked = 0;
      // The entries met, in the order MiniSearch meets them. One group: its terms' scores add up in order.
      // Several: each group's own sum is added to the total, as MiniSearch combines subqueries (floating point
      // addition is not associative: the grouping is kept).
      let count = 0;
      const nested = groups.length > 1;
      let start = 0;
      for (let group = 0; group < groupEnds.length; group++) {
        const end = groupEnds[group]!;
        const sum = nested ? inner : total;
        const stamp = nested ? innerStamp : totalStamp;
        const mark = nested ? ++innerEpoch : epoch;
        // Only the groups before this one have added to the total yet: what it holds is what they met.
        const onlyMet = group >= finding;
        let metCount = 0;
        for (let k = start; k < end; k++) {
          const { docs, scores } = postings[k]!;
          const first = firsts[k]!;
          for (let j = 0; j < docs.length; j++) {
            const doc = docs[j]!;
            if (allowed && !allowed[doc]) continue;
            if (onlyMet && totalStamp[doc] !== epoch) continue;
            if (stamp[doc] !== mark) {
              stamp[doc] = mark;
              sum[doc] = scores[j]!;
              if (nested) met[metCount++] = doc;
              else order[count++] = doc;
            } else {
              sum[doc] = sum[doc]! + scores[j]!;
            }
            if (qualityStamp[doc] !== epoch) {
              qualityStamp[doc] = epoch;
              quality[doc] = 0;
              if (details) chainStart[doc] = -1;
            }
            if (first) quality[doc]!++;
            if (details) {
              links.posting[linked] = k;
              links.place[linked] = j;
              links.next[linked] = -1;
              if (chainStart[doc] === -1) chainStart[doc] = linked;
              else links.next[chainEnd[doc]!] = linked;
              chainEnd[doc] = linked;
              linked++;
            }
          }
        }
        if (nested) {
          for (let i = 0; i < metCount; i++) {
            const doc = met[i]!;
            if (totalStamp[doc] !== epoch) {
              totalStamp[doc] = epoch;
              total[doc] = inner[doc]!;
              order[count++] = doc;
            } else {
              total[doc] = total[doc]! + inner[doc]!;
            }
          }
        }
        start = end;
      }
      // MiniSearch's final score (times the number of query terms matched), and its stable sort, best first: the
      // first `limit`, kept in order as they come (a later entry goes after every one it ties with).
      for (let i = 0; i < count; i++) finals[i] = total[order[i]!]! * (quality[order[i]!]! || 1);
      const shown = bestFirst(finals, limit, count);
      // The query terms each shown entry matched, met in the query's order as MiniSearch combines them (counted
      // first: an array of its own size, not one grown).
      const queryTermsOf = (doc: number): string[] => {
        if (!details) return NONE;
        let count = 0;
        for (let link = chainStart[doc]!; link !== -1; link = links.next[link]!) if (firsts[links.posting[link]!]) count++;
        const queryTerms = new Array<string>(count);
        count = 0;
        for (let link = chainStart[doc]!; link !== -1; link = links.next[link]!) {
          const k = links.posting[link]!;
          if (firsts[k]) queryTerms[count++] = postings[k]!.term;
        }
        return queryTerms;
      };
      const top = shown.map(
        (i): Scored => ({ id: idAt[order[i]!]!, score: finals[i]!, kind: kindAt[order[i]!], queryTerms: queryTermsOf(order[i]!) }),
      );
      const searched = epoch;
      const searchedIn = generation;
      const forEachTerm = (rank: number, visit: (term: string, flags: number) => void) => {
        if (!details || searched !== epoch || searchedIn !== generation)
          throw new Error('the terms of a search without details, or of one before the last');
        for (let link = chainStart[order[shown[rank]!]!]!; link !== -1; link = links.next[link]!) {
          const posting = postings[links.posting[link]!]!;
          const j = links.place[link]!;
          if (posting.own) {
            visit(posting.term, posting.own[j]!);
          } else {
            const matched = posting.matched![j]!;
            for (let m = 0; m < matched.length; m++) visit(matched[m]!, posting.flags![j]![m]!);
          }
        }
      };
      return { count, top, forEachTerm };
    },
  };
}

/**
 * The positions of the `limit` highest of the first `length` of `scores`, highest first, ties in the
 * order given: the first `limit` of a stable sort by descending score, without sorting the rest.
 */
export function bestFirst(scores: ArrayLike<number>, limit: number, length = scores.length): number[] {
  const shown: number[] = [];
  if (limit <= 0) return shown;
  for (let i = 0; i < length; i++) {
    const score = scores[i]!;
    // A sort's comparator reads NaN as a tie with anything: only the sort itself says where that leaves each.
    if (Number.isNaN(score)) return sortedFirst(scores, limit, length);
    if (shown.length === limit && !(score > scores[shown[limit - 1]!]!)) continue;
    // After every one it ties with (they came first): the lower ones move down a place, the last drops off when full.
    let at = shown.length === limit ? limit - 1 : shown.length;
    while (at > 0 && scores[shown[at - 1]!]! < score) {
      shown[at] = shown[at - 1]!;
      at--;
    }
    shown[at] = i;
  }
  return shown;
}

const sortedFirst = (scores: ArrayLike<number>, limit: number, length: number): number[] =>
  Array.from({ length }, (_, i) => i)
    .sort((a, b) => scores[b]! - scores[a]!)
    .slice(0, limit);
