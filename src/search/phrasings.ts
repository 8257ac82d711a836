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

interface Phrasing {
  terms: ReadonlySet<string>;
  norm: number;
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
  const byEntry = new Map<string, Phrasing[]>();
  const phrasingsFor = (entryId: string): Phrasing[] => {
    let phrasings = byEntry.get(entryId);
    if (!phrasings) {
      phrasings = [];
      for (const terms of phrasingsOf(entryId)) {
        const unique = [...new Set(terms)];
        if (unique.length === 0) continue;
        phrasings.push({ terms: new Set(unique), norm: Math.sqrt(unique.reduce((sum, t) => sum + weightOf(t) ** 2, 0)) });
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
        for (const phrasing of phrasingsFor(entryId)) {
          // Summed in the query's order, whatever the phrasing's.
          let dot = 0;
          let shares = false;
          for (const [term, contribution] of contributions) {
            if (!phrasing.terms.has(term)) continue;
            dot += contribution;
            shares = true;
          }
          if (!shares) continue;
          const cosine = dot / (queryNorm * phrasing.norm || 1);
          if (cosine > (best.get(entryId) ?? 0)) best.set(entryId, cosine);
        }
      }
      return best;
    },
  };
}
