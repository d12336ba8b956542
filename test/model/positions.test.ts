import { describe, expect, it } from "vitest";
import { locateInFrontMatter, splitFrontMatter, type FrontMatter, type PathSegment } from "../../scripts/model/front-matter.js";
import { SourceText } from "../../scripts/model/source.js";

describe("SourceText.positionAt", () => {
  const text = "ab\ncd\n\nef";
  const source = new SourceText(text);

  it.each([
    ["the first character", 0, 1, 1],
    ["the end of the first line (its newline)", 2, 1, 3],
    ["the start of the second line", 3, 2, 1],
    ["the second character of the second line", 4, 2, 2],
    ["an empty line", 6, 3, 1],
    ["the start of the last line", 7, 4, 1],
    ["the end of the file", text.length, 4, 3],
  ])("%s", (_name, offset, line, column) => {
    expect(source.positionAt(offset)).toEqual({ line, column });
  });

  it("keeps line starts, one per line", () => {
    expect(source.lineStarts).toEqual([0, 3, 6, 7]);
  });

  it("clamps offsets outside the file (and ones that are not numbers) into it", () => {
    expect(source.positionAt(-5)).toEqual({ line: 1, column: 1 });
    expect(source.positionAt(1000)).toEqual({ line: 4, column: 3 });
    expect(source.positionAt(Number.NaN)).toEqual({ line: 1, column: 1 });
    expect(source.positionAt(Number.POSITIVE_INFINITY)).toEqual({ line: 4, column: 3 });
    expect(source.positionAt(3.7)).toEqual({ line: 2, column: 1 });
  });

  it("handles an empty file and a file that ends with a newline", () => {
    expect(new SourceText("").positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(new SourceText("a\n").positionAt(2)).toEqual({ line: 2, column: 1 });
  });

  it("with CRLF line endings, counts lines at \\n and keeps \\r as the line's last character", () => {
    const crlf = new SourceText("ab\r\ncd\r\n");
    expect(crlf.positionAt(2)).toEqual({ line: 1, column: 3 });
    expect(crlf.positionAt(3)).toEqual({ line: 1, column: 4 });
    expect(crlf.positionAt(4)).toEqual({ line: 2, column: 1 });
    expect(crlf.positionAt(5)).toEqual({ line: 2, column: 2 });
    expect(crlf.positionAt(8)).toEqual({ line: 3, column: 1 });
  });

  it("counts an astral character (an emoji) as 2 UTF-16 code units, as SARIF does", () => {
    const astral = new SourceText("😀x\n𝔸y");
    expect(astral.positionAt("😀".length)).toEqual({ line: 1, column: 3 });
    expect(astral.positionAt("😀x\n𝔸".length)).toEqual({ line: 2, column: 3 });
  });

  it("a range whose end lies before its start collapses onto the start", () => {
    expect(source.rangeAt(4, 1)).toEqual({ start: { line: 2, column: 2 }, end: { line: 2, column: 2 } });
    expect(source.rangeAt(3)).toEqual({ start: { line: 2, column: 1 }, end: { line: 2, column: 1 } });
  });
});

describe("locateInFrontMatter", () => {
  const lines = [
    "---",
    "id: vm-exempel",
    "language: sv",
    "parties:",
    "  official: { name: Maria Exempel, github: maria-exempel }",
    "agreed:",
    "goals:",
    "  - id: forsta",
    "    measures:",
    "      - Första åtgärden",
    "      - Andra åtgärden",
    "  - id: andra",
    "    meters: [{ name: Andel, target: \">= 80 %\" }, { name: Antal, target: 12 }]",
    "    steps: [first: 1, second: 2]",
    "shared: &gemensam { name: Delad }",
    "copy: *gemensam",
    "---",
    "# Body",
  ];

  function parsed(text: string): FrontMatter {
    const split = splitFrontMatter(text);
    expect(split.problems).toEqual([]);
    return split.frontMatter!;
  }

  const text = lines.join("\n");
  const frontMatter = parsed(text);
  const at = (path: PathSegment[], key = false): string => {
    const { start, end } = locateInFrontMatter(frontMatter, path, key);
    return text.slice(start, end);
  };
  const lineOf = (path: PathSegment[], key = false): number => new SourceText(text).positionAt(locateInFrontMatter(frontMatter, path, key).start).line;

  it("finds a value, or its key", () => {
    expect(at(["language"])).toBe("sv");
    expect(at(["language"], true)).toBe("language");
    expect(lineOf(["language"])).toBe(3);
  });

  it("finds values inside flow maps", () => {
    expect(at(["parties", "official", "github"])).toBe("maria-exempel");
    expect(at(["parties", "official", "github"], true)).toBe("github");
  });

  it("finds items of nested lists", () => {
    expect(at(["goals", 0, "measures", 1])).toBe("Andra åtgärden");
    expect(lineOf(["goals", 0, "measures", 1])).toBe(11);
    expect(at(["goals", 1, "meters", 1, "target"])).toBe("12");
    expect(at(["goals", 1, "meters", 0, "target"])).toBe("\">= 80 %\"");
    expect(at(["goals", 1, "id"], true)).toBe("id");
    expect(lineOf(["goals", 1, "id"], true)).toBe(12);
  });

  it("finds a \"key: value\" pair written as a flow list item", () => {
    expect(at(["goals", 1, "steps", 1, "second"])).toBe("2");
  });

  it("a key without a value points at the key", () => {
    expect(at(["agreed"])).toBe("agreed");
  });

  it("a path through an alias stops at the alias", () => {
    expect(at(["copy", "name"])).toBe("*gemensam");
    expect(at(["shared", "name"])).toBe("Delad");
  });

  it("a missing path falls back to the deepest node that exists", () => {
    expect(at(["goals", 0, "meters"])).toMatch(/^id: forsta\n {4}measures:/);
    expect(at(["goals", 0, "meters"], true)).toMatch(/^id: forsta/);
    expect(at(["parties", "official", "title"])).toBe("{ name: Maria Exempel, github: maria-exempel }");
    expect(at(["parties", "official", "title"], true)).toBe("official");
    expect(lineOf(["goals", 7])).toBe(8);
    expect(lineOf(["goals", "not-a-number"])).toBe(8);
    expect(lineOf(["nothing", "here"])).toBe(2);
    expect(lineOf([])).toBe(2);
  });

  it("gives whole-file offsets with CRLF line endings too", () => {
    const crlfText = text.replace(/\n/g, "\r\n");
    const crlf = parsed(crlfText);
    const { start, end } = locateInFrontMatter(crlf, ["goals", 0, "measures", 1]);
    expect(crlfText.slice(start, end)).toBe("Andra åtgärden");
    expect(new SourceText(crlfText).positionAt(start)).toEqual({ line: 11, column: 9 });
    const last = locateInFrontMatter(crlf, ["copy"]);
    expect(crlfText.slice(last.start, last.end)).toBe("*gemensam");
  });

  it("empty front matter has nothing to point at but the file's start", () => {
    const empty = splitFrontMatter("---\n---\n").frontMatter!;
    expect(locateInFrontMatter(empty, ["id"])).toEqual({ start: 0, end: 0 });
  });
});
