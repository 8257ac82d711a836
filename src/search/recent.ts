/**
 * The last results of a pure function of a text. One message reads and searches the same texts
 * many times (each reading of a question, each part sharing its context): they are worked out
 * once per message, and never kept for long.
 *
 * Full, or cleared, it starts a new map instead of emptying or trimming the old one. V8 keeps a
 * long-lived map's table in the old generation, and emptying or trimming it leaves the old table
 * behind with the values it held; until the next full collection, every young collection treats
 * those as alive and copies them (so the values of each message were kept, and each young
 * collection paused several milliseconds). A new map is young, and dies young with its values.
 */
export interface Recent<V> {
  /** The result remembered for `key`, or `compute()` remembered under it. */
  get(key: string, compute: () => V): V;
  /** Forgets everything (the index changed, or a new message starts). */
  clear(): void;
}

export function createRecent<V>(limit: number): Recent<V> {
  let remembered = new Map<string, V>();
  return {
    get(key, compute) {
      if (remembered.has(key)) return remembered.get(key)!;
      const value = compute();
      if (remembered.size >= limit) remembered = new Map();
      remembered.set(key, value);
      return value;
    },
    clear() {
      remembered = new Map();
    },
  };
}
