import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { createPhrasingIndex } from '../../src/search/phrasings.js';
import { REAL_CONTENT } from '../helpers.js';
import { propertyRuns } from '../property-runs.js';

const kb = loadContent(REAL_CONTENT);
const index = createSearchIndex(kb);
const phrasingsOf = (id: string) => {
  const entry = kb.byId.get(id)!;
  return [entry.title, ...entry.aliases, ...entry.questions].map(index.analyze);
};
const weightOf = (term: string) => 1 + (term.length % 4) / 3;
// The index's own weights: each term's inverse document frequency in the content.
const documentFrequency = new Map<string, number>();
for (const entry of kb.entries) {
  const fields = [entry.title, entry.aliases.join('\n'), entry.questions.join('\n'), entry.tags.join(' '), entry.summary, entry.body];
  for (const term of new Set(fields.flatMap(index.analyze))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
}
const idf = (term: string) => Math.log(1 + kb.entries.length / (documentFrequency.get(term) ?? kb.entries.length));

/** Every phrasing of the content against the question: what each search computed before. */
function everyEntry(queryWeights: ReadonlyMap<string, number>, weightOf: (term: string) => number): Map<string, number> {
  const stored = kb.entries.flatMap((entry) =>
    phrasingsOf(entry.id)
      .map((terms) => [...new Set(terms)])
      .filter((unique) => unique.length > 0)
      .map((unique) => ({ entryId: entry.id, unique, norm: Math.sqrt(unique.reduce((sum, t) => sum + weightOf(t) ** 2, 0)) })),
  );
  let queryNorm = 0;
  for (const w of queryWeights.values()) queryNorm += w * w;
  queryNorm = Math.sqrt(queryNorm);
  const dots = new Map<number, number>();
  for (const [term, w] of queryWeights) {
    stored.forEach((phrasing, id) => {
      if (phrasing.unique.includes(term)) dots.set(id, (dots.get(id) ?? 0) + w * weightOf(term));
    });
  }
  const best = new Map<string, number>();
  for (const [id, dot] of dots) {
    const phrasing = stored[id]!;
    const cosine = dot / (queryNorm * phrasing.norm || 1);
    if (cosine > (best.get(phrasing.entryId) ?? 0)) best.set(phrasing.entryId, cosine);
  }
  return best;
}

const terms = [...new Set(kb.entries.flatMap((entry) => phrasingsOf(entry.id).flat()))];
const ids = kb.entries.map((entry) => entry.id);

describe('question-to-question similarity', () => {
  it('gives each candidate the same cosine as weighing the question against every phrasing of the content', () => {
    const phrasings = createPhrasingIndex(phrasingsOf, weightOf);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.oneof(fc.constantFrom(...terms), fc.constantFrom('zzunknown', 'voltag')), fc.double({ min: 0, max: 5, noNaN: true })),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 40 }),
        (weighted, candidates) => {
          const query = new Map(weighted);
          const all = everyEntry(query, weightOf);
          const expected = candidates.map((id) => all.get(id) ?? 0);
          expect(phrasings.similarities(query, candidates)).toEqual(expected);
        },
      ),
      { numRuns: propertyRuns(200) },
    );
  });

  it('reads only the entries asked about', () => {
    const read: string[] = [];
    const phrasings = createPhrasingIndex((id) => {
      read.push(id);
      return phrasingsOf(id);
    }, weightOf);
    const similarity = phrasings.similarities(new Map([[index.analyze('raft')[0]!, 1]]), ['raft', 'paxos']);
    expect(read).toEqual(['raft', 'paxos']);
    expect(similarity[0]).toBeGreaterThan(0.5);
    phrasings.similarities(new Map([['raft', 1]]), ['raft']);
    expect(read).toEqual(['raft', 'paxos']);
  });

  it('gives every hit of a search the similarity it had when every entry was weighed', () => {
    for (const question of ['how does raft elect a leader', 'wats a crdt', 'sre vs dse', 'what is needed for staff', 'quorum reads']) {
      const all = everyEntry(index.read(question).similarityWeights, idf);
      const hits = index.search(question, { limit: 40 });
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) expect(hit.similarity, `${question}: ${hit.entry.id}`).toBe(all.get(hit.entry.id) ?? 0);
    }
  });
});
