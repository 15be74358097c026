/**
 * Memos for pure functions of one string, each bounded so that a long-lived process (the language
 * server) stays flat. They are all registered here so that `clearMemos` can empty them: a test
 * runner that keeps modules loaded while the code under them changes (mutation testing runs each
 * changed version without reloading) must not read a value an earlier version computed.
 */
const memos = new Set<Map<string, unknown>>();

export function memoise<V>(fn: (key: string) => V, limit: number): (key: string) => V {
  const cache = new Map<string, V>();
  memos.add(cache);
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}

export function clearMemos(): void {
  for (const m of memos) m.clear();
}
