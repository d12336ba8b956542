import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectMarkdownFiles } from "../../scripts/lint/collect.js";
import { unsure } from "../../scripts/model/fast-yaml.js";
import { builtFixtureAgreements, REPOSITORY_ROOT } from "../helpers/fixtures.js";

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
    const onDisk = collectMarkdownFiles(REPOSITORY_ROOT, ["agreements", "goals", "test/fixtures"], []).map((path) => readFileSync(join(REPOSITORY_ROOT, path), "utf8"));
    const texts = [...onDisk, ...builtFixtureAgreements().map((file) => file.bytes.toString("utf8"))];
    expect(texts.length).toBeGreaterThan(50);
    let passed = 0;
    for (const text of texts) {
      const block = /^---[ \t]*\r?\n([\s\S]*?)\n---/.exec(text)?.[1] ?? text;
      for (const source of [block, text]) expect(unsure(source), source).toBe(DEFINITION.test(source));
      if (!DEFINITION.test(block)) passed++;
    }
    expect(passed).toBeGreaterThan(texts.length / 2);
  });
});
