/**
 * Memos for pure functions of one string, each bounded so that a long-lived process (the language
 * server) stays flat. They are all registered here so that `clearMemos` can empty them: a test
 * runner that keeps modules loaded while the code under them changes (mutation testing runs each
 * changed version without reloading) must not read a value an earlier version computed.
 */
const memos = new Set<{ clear(): void }>();

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

/**
 * A memo like `memoise` for a function of an object and a string, bounded per object. The objects
 * are held weakly: a memo of names parsed with one configuration's titles goes with them.
 */
export function memoiseFor<O extends object, V>(fn: (owner: O, key: string) => V, limit: number): (owner: O, key: string) => V {
  let caches = new WeakMap<O, Map<string, V>>();
  memos.add({ clear: () => (caches = new WeakMap()) });
  return (owner, key) => {
    let cache = caches.get(owner);
    if (!cache) caches.set(owner, (cache = new Map()));
    if (cache.has(key)) return cache.get(key) as V;
    const value = fn(owner, key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/**
 * A memo of a function of one object (the patterns built from one vocabulary), held weakly: the
 * one-key case of `memoiseFor`, registered with the others.
 */
export function memoiseOn<O extends object, V>(fn: (owner: O) => V): (owner: O) => V {
  const memo = memoiseFor((owner: O, _key: string) => fn(owner), 1);
  return (owner) => memo(owner, '');
}
