import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wellIndented } from "../../scripts/model/fast-yaml.js";
import { builtFixtureAgreements, frontMatterBlock } from "../helpers/fixtures.js";

// The check as it was written before round 6 of issue 13 (split into lines, two regular expression
// matches a line for the brackets, every line scanned for quotes): the definition the faster one must equal.
const TOP_LEVEL_LINE = /^(?:#|[^\s#'"?&*!|>%@`{}[\],-][^:#]*:(?:[ \t]|\r?$)|"[^"\\]*"[ \t]*:(?:[ \t]|\r?$)|'[^']*'[ \t]*:(?:[ \t]|\r?$))/;

function definition(source: string): boolean {
  let openIndent = -1;
  let quote = "";
  let brackets = 0;
  for (const line of source.split("\n")) {
    if (line.trim() === "") continue;
    const indent = line.length - line.trimStart().length;
    if (openIndent >= 0 && indent <= openIndent) return false;
    if (indent === 0 && !TOP_LEVEL_LINE.test(line)) return false;
    quote = scanQuotes(line, quote);
    brackets = Math.max(0, brackets + (line.match(/[[{]/g) ?? []).length - (line.match(/[\]}]/g) ?? []).length);
    const open = quote !== "" || brackets > 0;
    if (!open) openIndent = -1;
    else if (openIndent < 0) openIndent = indent;
  }
  return quote === "" && brackets === 0;
}

function scanQuotes(line: string, open: string): string {
  let quote = open;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quote === '"') {
      if (char === "\\") index++;
      else if (char === '"') quote = "";
    } else if (quote === "'") {
      if (char === "'" && line[index + 1] === "'") index++;
      else if (char === "'") quote = "";
    } else if ((char === '"' || char === "'") && (index === 0 || /[\s[{,:-]/.test(line[index - 1]!))) {
      quote = char;
    } else if (char === "#" && (index === 0 || /\s/.test(line[index - 1]!))) {
      break;
    }
  }
  return quote;
}

const piece = fc.constantFrom("a", "key: ", "- ", "-", "x-'y", "  ", " ", "\t", "\u00a0", "\r", "\n", "\n", "\n  ", '"', "'", "''", '\\"', "[", "]", "{", "}", ",", "#", " #", ":", "x: 'it''s'", 'y: "a # b"', "[a, {b: c}]");
const sources = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(""));

describe("the indentation check of the fast YAML reader", () => {
  it("equals its line-by-line definition on generated YAML", () => {
    fc.assert(
      fc.property(sources, (source) => {
        expect(wellIndented(source)).toBe(definition(source));
      }),
      { numRuns: 20000 },
    );
  });

  it("equals its definition on every fixture's front matter, and passes most of them", () => {
    const blocks = builtFixtureAgreements()
      .map((file) => file.bytes.toString("utf8"))
      .map((text) => frontMatterBlock(text))
      .filter((block): block is string => block !== undefined);
    expect(blocks.length).toBeGreaterThan(10);
    let passed = 0;
    for (const block of blocks) {
      expect(wellIndented(block)).toBe(definition(block));
      if (definition(block)) passed++;
    }
    expect(passed).toBeGreaterThan(blocks.length / 2);
  });
});
