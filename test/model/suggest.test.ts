import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestMatch } from "../../scripts/model/suggest.js";

/** The Levenshtein distance the plain way: the reference leven is held to. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

function reference(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

describe("closestMatch", () => {
  it("suggests the likely typo's target, and nothing for a word far from every candidate", () => {
    expect(closestMatch("knowledge-based-managment", ["mobility", "knowledge-based-management"])).toBe("knowledge-based-management");
    expect(closestMatch("Mobilty", ["mobility"])).toBe("mobility");
    expect(closestMatch("something-else-entirely", ["mobility", "knowledge-based-management"])).toBeUndefined();
  });

  it("chooses exactly as the plain edit distance does, first candidate winning a tie", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "A", "ä", "-"), maxLength: 12 });
    fc.assert(fc.property(word, fc.array(word, { maxLength: 6 }), (value, candidates) => {
      expect(closestMatch(value, candidates)).toBe(reference(value, candidates));
    }), { numRuns: 3000 });
  });

  it("stays quick on a hostile long value (leven stops counting past the tolerance)", () => {
    expect(closestMatch("x".repeat(20_000), ["mobility", "knowledge-based-management"])).toBeUndefined();
  });
});
