/**
 * Question-to-question similarity: how close a question is to one of the ways an entry is
 * already asked (its title, aliases and alternate questions). FAQ retrieval works best when a
 * query is matched against whole stored questions, not only against the bag of every word an
 * entry holds: "how do I become a DSE" is one stored question of one entry, even when many
 * entries mention becoming something and DSEs.
 */
export interface PhrasingIndex {
  /**
   * For each of `entryIds` with a phrasing sharing a term with the query: the best cosine (0–1)
   * over its phrasings. Only the entries asked about are read: a search weighs its few
   * candidates, and the content may hold thousands of entries.
   */
  similarities(queryWeights: ReadonlyMap<string, number>, entryIds: Iterable<string>): Map<string, number>;
  /** Drops what was read of an entry's phrasings: they are read again the next time it is a candidate (it learned a question). */
  forget(entryId: string): void;
}

/** An entry's phrasings: each one's norm, and for each term the phrasings that hold it. */
interface EntryPhrasings {
  norms: number[];
  holding: Map<string, number[]>;
}

/**
 * Builds the index from a way to get each entry's phrasings analysed into terms (read once per
 * entry, the first time the entry is a candidate). `weightOf` gives a term's weight (its
 * inverse document frequency): shared rare words count most.
 */
export function createPhrasingIndex(
  phrasingsOf: (entryId: string) => readonly (readonly string[])[],
  weightOf: (term: string) => number,
): PhrasingIndex {
  const byEntry = new Map<string, EntryPhrasings>();
  const phrasingsFor = (entryId: string): EntryPhrasings => {
    let phrasings = byEntry.get(entryId);
    if (!phrasings) {
      phrasings = { norms: [], holding: new Map() };
      for (const terms of phrasingsOf(entryId)) {
        const unique = [...new Set(terms)];
        if (unique.length === 0) continue;
        for (const term of unique) {
          const holders = phrasings.holding.get(term);
          if (holders) holders.push(phrasings.norms.length);
          else phrasings.holding.set(term, [phrasings.norms.length]);
        }
        phrasings.norms.push(Math.sqrt(unique.reduce((sum, t) => sum + weightOf(t) ** 2, 0)));
      }
      byEntry.set(entryId, phrasings);
    }
    return phrasings;
  };

  return {
    forget: (entryId) => byEntry.delete(entryId),
    similarities(queryWeights, entryIds) {
      let queryNorm = 0;
      for (const w of queryWeights.values()) queryNorm += w * w;
      queryNorm = Math.sqrt(queryNorm);
      const contributions = [...queryWeights].map(([term, w]) => [term, w * weightOf(term)] as const);
      const best = new Map<string, number>();
      for (const entryId of entryIds) {
        const { norms, holding } = phrasingsFor(entryId);
        // Each phrasing's dot product, summed in the query's order whatever the phrasing's;
        // a long question against an entry asked many ways reads each of its terms once, not once per phrasing.
        const dots: (number | undefined)[] = new Array(norms.length);
        for (const [term, contribution] of contributions) {
          for (const i of holding.get(term) ?? []) dots[i] = (dots[i] ?? 0) + contribution;
        }
        for (let i = 0; i < norms.length; i++) {
          const dot = dots[i];
          // A phrasing sharing no term with the query is no match, however short.
          if (dot === undefined) continue;
          const cosine = dot / (queryNorm * norms[i]! || 1);
          if (cosine > (best.get(entryId) ?? 0)) best.set(entryId, cosine);
        }
      }
      return best;
    },
  };
}
