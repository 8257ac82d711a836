/**
 * A pure function of a text, remembered for the last texts it was asked of. One message reads the
 * same few texts again and again (each reading of each part folds, splits and classifies them):
 * 33 folds a message, of 6 distinct texts, in the question sets. Bounded, since what people
 * write is not (at most `limit` texts of `maxLength` characters); when full it starts a new map rather than trimming the old one (see
 * `search/recent.ts`: a trimmed map in V8's old generation keeps what it dropped alive).
 */
export function memoize<T>(limit: number, maxLength: number, compute: (text: string) => T): (text: string) => T {
  let remembered = new Map<string, T>();
  return (text) => {
    // A long text (a hostile one may fold to many times its length) is worked out each time, never kept.
    if (text.length > maxLength) return compute(text);
    const known = remembered.get(text);
    if (known !== undefined || remembered.has(text)) return known as T;
    const value = compute(text);
    if (remembered.size >= limit) remembered = new Map();
    remembered.set(text, value);
    return value;
  };
}
