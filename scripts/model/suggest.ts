// "Did you mean": the distance itself is leven's (a well-kept Levenshtein); the choice of candidate is ours.
import leven from "leven";

/** The candidate closest to `value` by edit distance, when it is close enough to be a likely typo. */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  const tolerance = Math.max(2, Math.floor(value.length / 3));
  // Beyond the tolerance only "too far" matters, so leven stops counting there: a long hostile value costs little.
  const options = { maxDistance: tolerance + 1 };
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = leven(value.toLowerCase(), candidate.toLowerCase(), options);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= tolerance ? best : undefined;
}
