/**
 * The smallest and largest item of a list by a number, for the engine's "cheapest offer", "dearest
 * run", "lower loss" picks. Two lines each, so written here rather than pulled from a utility library.
 */

/**
 * The item whose `key` is smallest, the first of equals; undefined for no items.
 *
 * @example
 * minBy([{ usd: 3 }, { usd: 1 }, { usd: 1 }], o => o.usd) // the first { usd: 1 }
 */
export function minBy<T>(items: readonly T[], key: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>((best, item) => (best === undefined || key(item) < key(best)
    ? item
    : best), undefined)
}

/**
 * The item whose `key` is largest, the first of equals; undefined for no items.
 *
 * @example
 * maxBy([{ usd: 3 }, { usd: 1 }], o => o.usd) // { usd: 3 }
 */
export function maxBy<T>(items: readonly T[], key: (item: T) => number): T | undefined {
  return minBy(items, item => -key(item))
}
