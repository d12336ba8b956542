import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineDiff } from "../../scripts/changes/line-diff.js";

/** The length of the longest common subsequence, the plain way: the reference a minimal diff is held to. */
function longestCommon(a: readonly string[], b: readonly string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const line of a) {
    const next = [0];
    for (let j = 0; j < b.length; j++) next.push(line === b[j] ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!));
    row = next;
  }
  return row[b.length]!;
}

const lines = fc.array(fc.constantFrom("a", "b", "c", "d", ""), { maxLength: 16 });

describe("lineDiff through jsdiff", () => {
  it("is minimal: every line outside the longest common part is shown once", () => {
    fc.assert(
      fc.property(lines, lines, (before, after) => {
        const diff = lineDiff(before, after, Infinity);
        const common = longestCommon(before, after);
        expect(diff.lines.filter((line) => line.op === "-")).toHaveLength(before.length - common);
        expect(diff.lines.filter((line) => line.op === "+")).toHaveLength(after.length - common);
        expect(diff.omitted).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps the removed and the added lines each in their text's order", () => {
    fc.assert(
      fc.property(lines, lines, (before, after) => {
        const diff = lineDiff(before, after, Infinity);
        const isSubsequence = (part: string[], of: readonly string[]) => {
          let at = 0;
          for (const line of of) if (line === part[at]) at++;
          return at === part.length;
        };
        expect(isSubsequence(diff.lines.filter((line) => line.op === "-").map((line) => line.text), before)).toBe(true);
        expect(isSubsequence(diff.lines.filter((line) => line.op === "+").map((line) => line.text), after)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  // Both diffs are minimal; jsdiff keeps the first "c" where the old table kept the second.
  it("may align equal lines differently from the old table, still with the removed line first in its change", () => {
    expect(lineDiff(["x", "c", "c", "y"], ["x", "d", "c", "a", "y"], Infinity).lines.map((line) => `${line.op}${line.text}`)).toEqual(["+d", "-c", "+a"]);
  });
});
