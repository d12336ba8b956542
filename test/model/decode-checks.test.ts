import { isUtf8 } from "node:buffer";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectMarkdownFiles } from "../../scripts/lint/collect.js";
import { decodeText, excessiveNesting } from "../../scripts/model/decode.js";
import { builtFixtureAgreements, REPOSITORY_ROOT } from "../helpers/fixtures.js";

// Round 8 of issue 13 put two shortcuts in front of decode.ts's checks: Node's isUtf8 before the search
// for the first bad byte, and a quicker look for what could nest too deep before the nesting loop. Below,
// the checks as they were before (copied from decode.ts), which the shortcuts must not change.
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      index++;
      continue;
    }
    const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 0;
    if (length === 0 || (length === 3 && byte > 0xef)) return index;
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
    }
    if (length === 3 && ((byte === 0xe0 && bytes[index + 1]! < 0xa0) || (byte === 0xed && bytes[index + 1]! > 0x9f))) return index;
    if (length === 4 && ((byte === 0xf0 && bytes[index + 1]! < 0x90) || (byte === 0xf4 && bytes[index + 1]! > 0x8f))) return index;
    index += length;
  }
  return -1;
}

const MAX_NESTING = 100;

function nestingDefinition(text: string): number {
  let lineStart = true;
  let levels = 0;
  let spaces = 0;
  let brackets = 0;
  let emphasisRun = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    emphasisRun = (char === 0x2a || char === 0x5f) && text.charCodeAt(index - 1) === char ? emphasisRun + 1 : 1;
    if (emphasisRun > 2 * MAX_NESTING) return index;
    if (char === 0x0a) {
      lineStart = true;
      levels = spaces = brackets = 0;
      continue;
    }
    if (lineStart) {
      if (char === 0x20) spaces++;
      else if (char === 0x09) spaces += 4;
      else if (char === 0x3e || ((char === 0x2d || char === 0x2a || char === 0x2b) && (text.charCodeAt(index + 1) === 0x20 || text.charCodeAt(index + 1) === 0x09))) levels++;
      else if (char !== 0x0d) lineStart = false;
      if (levels + (spaces >> 1) > MAX_NESTING) return index;
    }
    if (char === 0x5b) {
      if (++brackets > MAX_NESTING) return index;
    } else if (char === 0x5d && brackets > 0) {
      brackets--;
    }
  }
  return -1;
}

// Bytes biased to the edges of UTF-8: lead bytes, continuation bytes, overlong and surrogate starts.
const utf8Bytes = fc.oneof(
  fc.uint8Array({ maxLength: 24 }),
  fc.array(fc.constantFrom(0x41, 0x0a, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff), { maxLength: 24 }).map((bytes) => Uint8Array.from(bytes)),
  fc.string({ unit: "binary", maxLength: 16 }).map((text) => new TextEncoder().encode(text)),
);

// Pieces biased to what nests: line-start markers and indentation, brackets, emphasis runs, long enough to cross the limits.
const nestPiece = fc.constantFrom("\n", "\r\n", " ", "  ", "\t", "\t".repeat(25), " ".repeat(40), "> ", ">".repeat(30), "- ", "* ", "+ ", "-", "*", "_", "*".repeat(60), "_".repeat(70), "[", "[".repeat(40), "]", "](", "a", "word ", "\r");
const nestTexts = fc.array(nestPiece, { maxLength: 40 }).map((parts) => parts.join(""));

function repositoryFiles(): Uint8Array[] {
  const onDisk = collectMarkdownFiles(REPOSITORY_ROOT, ["agreements", "goals", "test/fixtures"], []).map((path) => readFileSync(join(REPOSITORY_ROOT, path)));
  return [...onDisk, ...builtFixtureAgreements().map((file) => file.bytes)];
}

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
        const expected = nestingDefinition(text);
        if (expected !== -1) deep++;
        expect(excessiveNesting(text), JSON.stringify(text)).toBe(expected);
      }),
      { numRuns: 20000 },
    );
    // The generator reaches the limits, or the comparison would prove little.
    expect(deep).toBeGreaterThan(50);
  });

  it("both equal their definitions on every fixture, example and catalogue, and on the nesting cases at the limit", () => {
    const files = repositoryFiles();
    expect(files.length).toBeGreaterThan(50);
    for (const bytes of files) {
      expect(isUtf8(bytes)).toBe(firstInvalidUtf8(bytes) === -1);
      const text = new TextDecoder().decode(bytes);
      expect(excessiveNesting(text)).toBe(nestingDefinition(text));
    }
    for (const text of ["\t".repeat(50) + "x", "\t".repeat(51) + "x", " ".repeat(201) + "x", " ".repeat(202) + "x", "*".repeat(200), "*".repeat(201), "_".repeat(201), "[".repeat(100), "[".repeat(101), "[".repeat(100) + "\n[", "> ".repeat(50) + ">", "> ".repeat(50) + "> x", "\r".repeat(60) + "\t".repeat(51)]) {
      expect(excessiveNesting(text), JSON.stringify(text)).toBe(nestingDefinition(text));
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
