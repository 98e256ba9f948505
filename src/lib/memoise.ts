/**
 * Caches a pure one-argument function by its argument. For look-ups that are costly and repeat
 * across a corpus (a name checked against compromise's lexicon once, not once per mention).
 * @example const slowSquare = memoise((n: number) => n * n);
 */
export function memoise<Key, Value>(compute: (key: Key) => Value): (key: Key) => Value {
  const cache = new Map<Key, Value>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
