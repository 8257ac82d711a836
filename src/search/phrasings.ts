/**
 * Question-to-question similarity: how close a question is to one of the ways an entry is
 * already asked (its title, aliases and alternate questions). FAQ retrieval works best when a
 * query is matched against whole stored questions, not only against the bag of every word an
 * entry holds: "how do I become a DSE" is one stored question of one entry, even when many
 * entries mention becoming something and DSEs.
 */
export interface PhrasingIndex {
  /**
   * For each of `entryIds`, in order: the best cosine (0–1) over its phrasings, 0 when none shares
   * a term with the query. Only the entries asked about are read: a search weighs its few
   * candidates, and the content may hold thousands of entries. An array, not a map by id: the
   * caller has the ids in that order already, and a search asks this for every candidate list.
   */
  similarities(queryWeights: ReadonlyMap<string, number>, entryIds: readonly string[]): number[];
}

/** Stamps start again from zero before they could overflow. */
const MAX_EPOCH = 2 ** 30;

/** Where an entry's phrasings are, once read: `start` to `end` in the phrasings read so far, under a slot of its own. */
interface Reading {
  slot: number;
  start: number;
  end: number;
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
  const readings = new Map<string, Reading>();
  // Every phrasing read, in the order read: its norm, and the slot of the reading it belongs to (a forgotten
  // reading's slot is never a candidate's again).
  const norms: number[] = [];
  const slotOf: number[] = [];
  /** For each term, the phrasings read that hold it, in the order read. */
  const holding = new Map<string, number[]>();
  let slots = 0;
  const readingOf = (entryId: string): Reading => {
    let reading = readings.get(entryId);
    if (!reading) {
      reading = { slot: slots++, start: norms.length, end: norms.length };
      for (const terms of phrasingsOf(entryId)) {
        const unique = [...new Set(terms)];
        if (unique.length === 0) continue;
        for (const term of unique) {
          const holders = holding.get(term);
          if (holders) holders.push(norms.length);
          else holding.set(term, [norms.length]);
        }
        norms.push(Math.sqrt(unique.reduce((sum, t) => sum + weightOf(t) ** 2, 0)));
        slotOf.push(reading.slot);
      }
      reading.end = norms.length;
      readings.set(entryId, reading);
    }
    return reading;
  };

  // Reused by every call: a stamp says which call last wrote a slot's or a phrasing's value.
  let epoch = 0;
  let candidate = new Int32Array(64);
  let dots = new Float64Array(256);
  let dotStamp = new Int32Array(256);

  return {
    similarities(queryWeights, entryIds) {
      let queryNorm = 0;
      for (const w of queryWeights.values()) queryNorm += w * w;
      queryNorm = Math.sqrt(queryNorm);
      const asked: Reading[] = entryIds.map(readingOf);
      if (slots > candidate.length) {
        const grown = new Int32Array(Math.max(slots, candidate.length * 2));
        grown.set(candidate);
        candidate = grown;
      }
      if (norms.length > dots.length) {
        const size = Math.max(norms.length, dots.length * 2);
        dots = new Float64Array(size);
        const grown = new Int32Array(size);
        grown.set(dotStamp);
        dotStamp = grown;
      }
      if (++epoch === MAX_EPOCH) {
        candidate.fill(0);
        dotStamp.fill(0);
        epoch = 1;
      }
      for (const reading of asked) candidate[reading.slot] = epoch;
      // Each phrasing's dot product, summed in the query's order whatever the phrasing's; only the
      // phrasings of the entries asked about.
      for (const [term, w] of queryWeights) {
        const holders = holding.get(term);
        if (!holders) continue;
        const contribution = w * weightOf(term);
        for (let k = 0; k < holders.length; k++) {
          const i = holders[k]!;
          if (candidate[slotOf[i]!] !== epoch) continue;
          if (dotStamp[i] !== epoch) {
            dotStamp[i] = epoch;
            dots[i] = 0 + contribution;
          } else {
            dots[i] = dots[i]! + contribution;
          }
        }
      }
      return asked.map(({ start, end }) => {
        let best = 0;
        for (let i = start; i < end; i++) {
          // A phrasing sharing no term with the query is no match, however short.
          if (dotStamp[i] !== epoch) continue;
          const cosine = dots[i]! / (queryNorm * norms[i]! || 1);
          if (cosine > best) best = cosine;
        }
        return best;
      });
    },
  };
}
