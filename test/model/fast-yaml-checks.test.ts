import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withinLimits } from "../../scripts/model/fast-yaml.js";
import { MAX_DEPTH, MAX_NODES } from "../../scripts/model/yaml-walk.js";

// withinLimits as it was before round 8 of issue 13, with a stack of { value, depth } pairs.
function withinLimitsDefinition(root: object): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 1 }];
  let count = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (++count > MAX_NODES / 4 || depth > MAX_DEPTH / 2) return false;
    if (typeof value !== "object" || value === null) continue;
    for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  return true;
}

describe("the fast YAML reader's size check", () => {
  it("equals its definition on generated data near the node and depth limits", () => {
    const leaf = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 3 }), fc.boolean());
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("array"), tie("object")),
      array: fc.array(tie("node"), { maxLength: 4 }),
      object: fc.dictionary(fc.string({ maxLength: 3 }), tie("node"), { maxKeys: 4 }),
    }));
    const deep = fc.integer({ min: 10, max: 20 }).map((levels) => {
      let value: unknown = "x";
      for (let level = 0; level < levels; level++) value = level % 2 ? [value] : { key: value };
      return { root: value };
    });
    const wide = fc.integer({ min: MAX_NODES / 4 - 5, max: MAX_NODES / 4 + 5 }).map((count) => ({ list: Array.from({ length: count - 2 }, (_, index) => index) }));
    const wideNested = fc.integer({ min: 1240, max: 1260 }).map((count) => ({ list: Array.from({ length: count }, () => ({})) }));
    fc.assert(
      fc.property(fc.oneof(tree.object, deep, wide, wideNested), (root) => {
        expect(withinLimits(root)).toBe(withinLimitsDefinition(root));
      }),
      { numRuns: 3000 },
    );
    expect([withinLimits({ list: Array.from({ length: MAX_NODES / 4 - 2 }, () => 1) }), withinLimits({ list: Array.from({ length: MAX_NODES / 4 - 1 }, () => 1) })]).toEqual([true, false]);
  });
});
