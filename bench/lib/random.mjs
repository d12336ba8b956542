// A small seeded PRNG (mulberry32): the corpus must be the same bytes on every run and machine,
// which Math.random cannot promise.

/** Returns a function giving numbers in [0, 1), fully determined by `seed`. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One item of a non-empty list. */
export function pick(random, items) {
  return items[Math.floor(random() * items.length)];
}

/** `count` distinct items, in random order (a partial Fisher–Yates shuffle of a copy). */
export function sample(random, items, count) {
  const copy = [...items];
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}
