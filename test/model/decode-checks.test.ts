import { isUtf8 } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText, excessiveNesting, firstInvalidUtf8, nestingExceededAt } from "../../scripts/model/decode.js";
import { repositoryMarkdownFiles } from "../helpers/fixtures.js";

// Round 8 of issue 13 put two shortcuts in front of decode.ts's checks: Node's isUtf8 before the search
// for the first bad byte, and a quicker look for what could nest too deep before the nesting loop. Both
// must give the answer of the check behind them, which decode.ts exports for this.

// Bytes biased to the edges of UTF-8: lead bytes, continuation bytes, overlong and surrogate starts.
const utf8Bytes = fc.oneof(
  fc.uint8Array({ maxLength: 24 }),
  fc.array(fc.constantFrom(0x41, 0x0a, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff), { maxLength: 24 }).map((bytes) => Uint8Array.from(bytes)),
  fc.string({ unit: "binary", maxLength: 16 }).map((text) => new TextEncoder().encode(text)),
);

// Pieces biased to what nests: line-start markers and indentation, brackets, emphasis runs, long enough to cross the limits.
const nestPiece = fc.constantFrom("\n", "\r\n", " ", "  ", "\t", "\t".repeat(25), " ".repeat(40), "> ", ">".repeat(30), "- ", "* ", "+ ", "-", "*", "_", "*".repeat(60), "_".repeat(70), "[", "[".repeat(40), "]", "](", "a", "word ", "\r");
const nestTexts = fc.array(nestPiece, { maxLength: 40 }).map((parts) => parts.join(""));

describe("the shortcuts in front of decoding's checks", () => {
  it("Node's isUtf8 says valid exactly where the byte-by-byte search finds no bad byte", () => {
    fc.assert(
      fc.property(utf8Bytes, (bytes) => {
        expect(isUtf8(bytes), Buffer.from(bytes).toString("hex")).toBe(firstInvalidUtf8(bytes) === -1);
      }),
      { numRuns: 30000 },
    );
  });

  it("the nesting check equals its loop alone on generated text", () => {
    let deep = 0;
    fc.assert(
      fc.property(nestTexts, (text) => {
        const expected = nestingExceededAt(text);
        if (expected !== -1) deep++;
        expect(excessiveNesting(text), JSON.stringify(text)).toBe(expected);
      }),
      { numRuns: 20000 },
    );
    // The generator reaches the limits, or the comparison would prove little.
    expect(deep).toBeGreaterThan(50);
  });

  it("both equal their definitions on every fixture, example and catalogue, and on the nesting cases at the limit", () => {
    const files = repositoryMarkdownFiles().map((file) => file.bytes);
    expect(files.length).toBeGreaterThan(50);
    for (const bytes of files) {
      expect(isUtf8(bytes)).toBe(firstInvalidUtf8(bytes) === -1);
      const text = new TextDecoder().decode(bytes);
      expect(excessiveNesting(text)).toBe(nestingExceededAt(text));
    }
    // A run of marks at a line start is also a deep line start: each run is tried after a letter too, where only the run's own length counts.
    for (const text of ["\t".repeat(50) + "x", "\t".repeat(51) + "x", " ".repeat(201) + "x", " ".repeat(202) + "x", "*".repeat(200), "*".repeat(201), "_".repeat(201), "a" + "*".repeat(200), "a" + "*".repeat(201), "a" + "_".repeat(200), "a" + "_".repeat(201), "[".repeat(100), "[".repeat(101), "[".repeat(100) + "\n[", "> ".repeat(50) + ">", "> ".repeat(50) + "> x", "\r".repeat(60) + "\t".repeat(51)]) {
      expect(excessiveNesting(text), JSON.stringify(text)).toBe(nestingExceededAt(text));
    }
  });

  it("still reports a bad byte where it is, after the valid text before it", () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode("---\ntitle: Åtgärd\n"), 0xc3, 0x28, 0x0a]);
    const decoded = decodeText(bytes);
    expect(decoded.parseable).toBe(false);
    expect(decoded.problems).toHaveLength(1);
    expect(decoded.problems[0]!.start).toBe("---\ntitle: Åtgärd\n".length);
    const first = decodeText(Uint8Array.from([0x80, 0x41, 0x0a]));
    expect([first.parseable, first.problems[0]?.start]).toEqual([false, 0]);
  });
});
