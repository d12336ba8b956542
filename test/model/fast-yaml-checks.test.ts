import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unsure, withinLimits } from "../../scripts/model/fast-yaml.js";
import { MAX_DEPTH, MAX_NODES } from "../../scripts/model/yaml-walk.js";
import { frontMatterBlock, repositoryMarkdownFiles } from "../helpers/fixtures.js";

// The check as it was written before round 8 of issue 13, one regular expression tried at every space: the
// definition that the split one (a cheap pre-check, the same expression without the null key, and a look
// back from each colon) must equal.
const DEFINITION = /\ufeff|[[{,][ \t\r\n]*,|\d{16}|(?:^|[\s[\]{},])[&*!]|^[ \t]*%|(?:^|[\s[{,])\?(?:\s|$)|<<|\t|^\.\.\.|(?:^|[\s[{,-])["']?(?:~|null|Null|NULL)?["']?[ ]*:(?:\s|$)/m;

// Pieces biased to what the alternatives look at; the null key's ones most of all.
const piece = fc.constantFrom(
  ":", ":", ": ", ":\n", " :", "a:", "key: ", "null", "Null", "NULL", "nul", "~", '"', "'", "-", "- ", " ", "  ", "\n", "\r", "\r\n", "\t",
  "[", "]", "{", "}", ",", ", ,", "&", "*", "!", "%", "?", "? ", "<", "<<", ".", "...", "#", "x", "2020", "12345678", "0",
  "\u00a0", "\u2028", "\ufeff", "\ud800", "\udc00", "\u0000", "\u0007", "ä",
);
const sources = fc.oneof(
  fc.array(piece, { maxLength: 24 }).map((parts) => parts.join("")),
  fc.string({ unit: fc.constantFrom(":", " ", "\n", "\r", '"', "'", "n", "u", "l", "~", "-", "[", "{", ",", "1", "\t", "\u2029", "N", "L"), maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 30 }),
);

describe("the fast YAML reader's check for constructs it leaves to the positioned parse", () => {
  it("equals its single regular expression on generated text", () => {
    fc.assert(
      fc.property(sources, (source) => {
        expect(unsure(source), JSON.stringify(source)).toBe(DEFINITION.test(source));
      }),
      { numRuns: 30000 },
    );
  });

  it("equals it on every null key the expression knows, and on its near misses", () => {
    for (const before of ["", "a", " ", "\n", "[", "{", ",", "-", "x-", "\u2028"]) {
      for (const open of ["", '"', "'"]) {
        for (const word of ["", "~", "null", "Null", "NULL", "nul", "ull", "nulL"]) {
          for (const close of ["", '"', "'"]) {
            for (const spaces of ["", " ", "  ", "\u00a0"]) {
              for (const after of ["", " ", "\n", "\r", "x", "\t"]) {
                const source = `${before}${open}${word}${close}${spaces}:${after}`;
                expect(unsure(source), JSON.stringify(source)).toBe(DEFINITION.test(source));
              }
            }
          }
        }
      }
    }
  });

  it("equals it on every fixture, example and catalogue, and passes most of them", () => {
    const texts = repositoryMarkdownFiles().map((file) => file.bytes.toString("utf8"));
    expect(texts.length).toBeGreaterThan(50);
    let passed = 0;
    for (const text of texts) {
      const block = frontMatterBlock(text) ?? text;
      for (const source of [block, text]) expect(unsure(source), source).toBe(DEFINITION.test(source));
      if (!DEFINITION.test(block)) passed++;
    }
    expect(passed).toBeGreaterThan(texts.length / 2);
  });
});

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
