/**
 * The last few results of a pure function of a text, dropped oldest first. One message reads and
 * searches the same texts many times (each reading of a question, each part sharing its context):
 * they are worked out once per message, and never kept for long.
 */
export interface Recent<V> {
  /** The result remembered for `key`, or `compute()` remembered under it. */
  get(key: string, compute: () => V): V;
  /** Forgets everything (the index changed). */
  clear(): void;
}

export function createRecent<V>(limit: number): Recent<V> {
  const remembered = new Map<string, V>();
  return {
    get(key, compute) {
      if (remembered.has(key)) return remembered.get(key)!;
      const value = compute();
      if (remembered.size >= limit) remembered.delete(remembered.keys().next().value!);
      remembered.set(key, value);
      return value;
    },
    clear: () => remembered.clear(),
  };
}
