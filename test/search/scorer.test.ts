import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/index.js';
import { createTermScorer, type Ranked, rankedOf } from '../../src/search/scorer.js';
import { processWord, splitWords } from '../../src/text/normalize.js';
import { REAL_CONTENT } from '../helpers.js';
import { propertyRuns } from '../property-runs.js';

const kb = loadContent(REAL_CONTENT);
const boost = { title: 4, aliases: 2, questions: 3, tags: 0.5, summary: 1.2, body: 0.8 };
const fields = Object.keys(boost);
const documentOf = (id: string, extra = '') => {
  const entry = kb.byId.get(id)!;
  return {
    id,
    kind: entry.kind,
    title: entry.title,
    aliases: entry.aliases.join('\n'),
    questions: [...entry.questions, extra].join('\n'),
    tags: entry.tags.join(' '),
    summary: entry.summary,
    body: entry.body,
  };
};

function build() {
  const miniSearch = new MiniSearch({ fields, storeFields: ['kind'], tokenize: splitWords, processTerm: processWord });
  miniSearch.addAll(kb.entries.map((entry) => documentOf(entry.id)));
  const known = (term: string) => vocabulary.has(term);
  const exact: SearchOptions = { boost };
  const loose: SearchOptions = {
    boost,
    fuzzy: (term) => (term.length >= 5 && !known(term) ? 0.2 : false),
    prefix: (term) => term.length >= 4 && !known(term),
    weights: { fuzzy: 0.3, prefix: 0.5 },
  };
  const flagsOf = (list: readonly string[]) => (list.includes('title') ? 1 : 0) | (list.includes('body') ? 2 : 0);
  const scorer = createTermScorer(() => miniSearch, { loose, exact, known, sameForKnown: true, flagsOf });
  return { miniSearch, scorer, exact, loose, flagsOf };
}

/** Every term the content holds: what a search matches exactly, never by prefix or typo. */
const vocabulary = new Set(
  kb.entries.flatMap((entry) =>
    Object.values(documentOf(entry.id)).flatMap((text) => splitWords(text).flatMap((word) => processWord(word) ?? [])),
  ),
);

const termsOf = (text: string) => splitWords(text).flatMap((word) => processWord(word) || []);
/** What a search returns, comparable: the order, the scores to the last bit, the terms matched, and the fields of each. */
function comparable(ranked: Ranked) {
  return ranked.top.map((r, rank) => {
    const fields: Record<string, number> = {};
    ranked.forEachTerm(rank, (term, flags) => {
      fields[term] = flags;
    });
    return { id: r.id, score: r.score, kind: r.kind, queryTerms: r.queryTerms, fields: Object.entries(fields).sort() };
  });
}
const fromMiniSearch = (results: SearchResult[], flagsOf: (fields: readonly string[]) => number, limit: number) =>
  comparable(rankedOf(results, limit, flagsOf));

const questions = kb.entries.flatMap((entry) => [entry.title, ...entry.questions, ...entry.aliases]);
const words = [...new Set(questions.flatMap(splitWords))];

describe('the term scorer', () => {
  it('ranks, scores and reports the matches of every question of the content as MiniSearch does', () => {
    const { miniSearch, scorer, loose, flagsOf } = build();
    for (const question of questions) {
      const ours = scorer.search([termsOf(question)], true, undefined, 40, true);
      const theirs = miniSearch.search(question, loose);
      expect(ours.count, question).toBe(theirs.length);
      expect(comparable(ours), question).toEqual(fromMiniSearch(theirs, flagsOf, 40));
    }
  });

  it('does so for made-up questions: typos, half words, repeated words, some entries left out, several texts at once', () => {
    const { miniSearch, scorer, exact, loose, flagsOf } = build();
    const kinds = [...new Set(kb.entries.map((entry) => entry.kind))];
    const typo = fc.tuple(fc.constantFrom(...words), fc.nat(), fc.constantFrom('drop', 'cut', 'double', 'swap')).map(([word, at, how]) => {
      const i = at % Math.max(1, word.length);
      if (how === 'drop') return word.slice(0, i) + word.slice(i + 1);
      if (how === 'cut') return word.slice(0, Math.max(4, i));
      if (how === 'double') return word.slice(0, i) + word[i] + word.slice(i);
      return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
    });
    const text = fc.array(fc.oneof(fc.constantFrom(...words), typo), { minLength: 1, maxLength: 30 }).map((list) => list.join(' '));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.option(fc.subarray(kinds, { minLength: 1 })),
        fc.option(fc.subarray(kb.entries.map((entry) => entry.id).slice(0, 30))),
        fc.integer({ min: 0, max: 60 }),
        fc.boolean(),
        (texts, isLoose, wantedKinds, excluded, limit, asked) => {
          const options = isLoose ? loose : exact;
          const filtered = wantedKinds !== null || excluded !== null;
          const wanted = (id: unknown, kind: unknown) =>
            (!wantedKinds || wantedKinds.includes(kind as never)) && !(excluded ?? []).includes(id as string);
          const query: Query = texts.length === 1 ? texts[0]! : { queries: texts, combineWith: 'OR' };
          const theirs = miniSearch.search(query, {
            ...options,
            ...(filtered
              ? { filter: (r) => wanted(r.id, r.kind), boostDocument: (id, _t, stored) => (wanted(id, stored?.kind) ? 1 : 0) }
              : {}),
          });
          // The filter asked of every entry as the search goes, or once beforehand.
          const only = filtered ? (asked ? scorer.allowed(wanted) : wanted) : undefined;
          const ours = scorer.search(texts.map(termsOf), isLoose, only, limit, true);
          expect(ours.count).toBe(theirs.length);
          expect(comparable(ours)).toEqual(fromMiniSearch(theirs, flagsOf, limit));
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });

  it('adds the common words to the entries the telling ones found, as MiniSearch does with a boost of 0 for the rest', () => {
    const { miniSearch, scorer, exact, loose, flagsOf } = build();
    // Common here: the words a tenth of the content holds (large content's common words are rarer; the search is alike).
    const holders = new Map<string, number>();
    for (const entry of kb.entries)
      for (const term of new Set(termsOf(Object.values(documentOf(entry.id)).join(' ')))) holders.set(term, (holders.get(term) ?? 0) + 1);
    const isCommon = (term: string) => (holders.get(term) ?? 0) > kb.entries.length / 10;
    const kinds = [...new Set(kb.entries.map((entry) => entry.kind))];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 20 }).map((list) => list.join(' '));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.option(fc.subarray(kinds, { minLength: 1 })),
        fc.integer({ min: 0, max: 60 }),
        (texts, isLoose, wantedKinds, limit) => {
          const terms = texts.flatMap(termsOf);
          const telling = terms.filter((term) => !isCommon(term));
          const common = terms.filter(isCommon);
          fc.pre(telling.length > 0 && common.length > 0);
          const wanted = (_id: unknown, kind: unknown) => !wantedKinds || wantedKinds.includes(kind as never);
          // The query the index once gave MiniSearch: the telling terms note the entries they meet, the common ones score no other.
          const found = new Set<unknown>();
          const query: Query = {
            combineWith: 'OR',
            queries: [
              {
                combineWith: 'OR',
                queries: telling,
                boostDocument: (id) => {
                  found.add(id);
                  return 1;
                },
              },
              { combineWith: 'OR', queries: common, boostDocument: (id) => (found.has(id) ? 1 : 0) },
            ],
          };
          const theirs = miniSearch.search(query, {
            ...(isLoose ? loose : exact),
            tokenize: (term) => [term],
            processTerm: (term) => term,
            ...(wantedKinds ? { filter: (r) => wanted(r.id, r.kind) } : {}),
          });
          const ours = scorer.search([telling, common], isLoose, wantedKinds ? wanted : undefined, limit, true, 1);
          expect(ours.count).toBe(theirs.length);
          expect(comparable(ours)).toEqual(fromMiniSearch(theirs, flagsOf, limit));
        },
      ),
      { numRuns: propertyRuns(200) },
    );
  });

  it('follows an entry replaced in the index once told to forget what it kept', () => {
    const { miniSearch, scorer, loose, flagsOf } = build();
    const question = 'how do I get started with raft and consensus';
    scorer.search([termsOf(question)], true, undefined, 40, true);
    miniSearch.replace(documentOf(kb.entries[0]!.id, 'raft consensus raft consensus getting started'));
    scorer.clear();
    expect(comparable(scorer.search([termsOf(question)], true, undefined, 40, true))).toEqual(
      fromMiniSearch(miniSearch.search(question, loose), flagsOf, 40),
    );
  });
});
