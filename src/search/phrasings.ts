/**
 * Question-to-question similarity: how close a question is to one of the ways an entry is
 * already asked (its title, aliases and alternate questions). FAQ retrieval works best when a
 * query is matched against whole stored questions, not only against the bag of every word an
 * entry holds: "how do I become a DSE" is one stored question of one entry, even when many
 * entries mention becoming something and DSEs.
 */
export interface PhrasingIndex {
  /** For each entry with a phrasing sharing a term with the query: the best cosine (0–1) over its phrasings. */
  similarities(queryWeights: ReadonlyMap<string, number>): Map<string, number>;
}

interface Phrasing {
  entryId: string;
  norm: number;
}

/**
 * Builds the index from each entry's phrasings, already analysed into terms. `weightOf`
 * gives a term's weight (its inverse document frequency): shared rare words count most.
 */
export function createPhrasingIndex(
  phrasings: { entryId: string; terms: readonly string[] }[],
  weightOf: (term: string) => number,
): PhrasingIndex {
  const postings = new Map<string, number[]>();
  const stored: Phrasing[] = [];
  for (const { entryId, terms } of phrasings) {
    const unique = [...new Set(terms)];
    if (unique.length === 0) continue;
    const id = stored.length;
    stored.push({ entryId, norm: Math.sqrt(unique.reduce((sum, t) => sum + weightOf(t) ** 2, 0)) });
    for (const term of unique) {
      const list = postings.get(term);
      if (list) list.push(id);
      else postings.set(term, [id]);
    }
  }

  return {
    similarities(queryWeights) {
      let queryNorm = 0;
      for (const w of queryWeights.values()) queryNorm += w * w;
      queryNorm = Math.sqrt(queryNorm);
      const dots = new Map<number, number>();
      for (const [term, w] of queryWeights) {
        const list = postings.get(term);
        if (!list) continue;
        const contribution = w * weightOf(term);
        for (const id of list) dots.set(id, (dots.get(id) ?? 0) + contribution);
      }
      const best = new Map<string, number>();
      for (const [id, dot] of dots) {
        const phrasing = stored[id]!;
        const cosine = dot / (queryNorm * phrasing.norm || 1);
        if (cosine > (best.get(phrasing.entryId) ?? 0)) best.set(phrasing.entryId, cosine);
      }
      return best;
    },
  };
}
