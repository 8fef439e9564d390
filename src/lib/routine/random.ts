/**
 * A seeded pseudo-random generator (mulberry32): 32-bit integer arithmetic only, so the same seed
 * gives the same numbers in Node and every browser, and a plan can be rebuilt from a link.
 */
export type Random = () => number;

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A separate stream per purpose, so a change in one phase does not reshuffle the others. */
export function deriveRandom(seed: number, salt: number): Random {
  return createRandom(Math.imul((seed >>> 0) ^ 0x9e3779b9, salt * 2 + 1) ^ salt);
}

/** Picks one item with probability proportional to its weight (weights > 0). */
export function weightedPick<T>(random: Random, items: readonly T[], weight: (item: T) => number): T | undefined {
  let total = 0;
  for (const item of items) total += weight(item);
  let r = random() * total;
  for (const item of items) {
    r -= weight(item);
    if (r < 0) return item;
  }
  return items[items.length - 1];
}

/** A fresh seed for "shuffle" and first visits (not reproducible on purpose). */
export function randomSeed(): number {
  return Math.floor(Math.random() * 0xffffffff) + 1;
}
