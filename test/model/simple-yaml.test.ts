import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { readJsYaml, withinLimits } from "../../scripts/model/fast-yaml.js";
import { splitFrontMatter } from "../../scripts/model/front-matter.js";
import { readSimpleYaml } from "../../scripts/model/simple-yaml.js";
import { frontMatterBlock, repositoryMarkdownFiles } from "../helpers/fixtures.js";

/**
 * simple-yaml.ts may only answer where it gives exactly js-yaml's data (with fast-yaml.ts's schema) and
 * the positioned parse's: when it answers, both must read the same YAML without an error and give the
 * same data. (test/model/fast-yaml.test.ts checks the whole fast path, this reader inside it, against the
 * positioned parse; this file checks the reader alone, without the checks fast-yaml.ts runs before it.)
 */
function compare(yaml: string): "simple" | "other" {
  const simple = readSimpleYaml(yaml);
  if (simple === undefined) return "other";
  expect(simple, yaml).toStrictEqual(readJsYaml(yaml));
  const positioned = splitFrontMatter(`---\n${yaml}\n---\n`);
  expect(positioned.problems, yaml).toEqual([]);
  expect(simple, yaml).toStrictEqual(positioned.frontMatter?.data);
  return "simple";
}

describe("the reader of plain YAML", () => {
  it("reads every shipped agreement and catalogue, and agrees with js-yaml and the positioned parse on every fixture", () => {
    const outcomes = repositoryMarkdownFiles().flatMap(({ path, bytes }) => {
      const yaml = frontMatterBlock(bytes.toString("utf8"));
      return yaml === undefined ? [] : [{ path, outcome: compare(yaml) }];
    });
    expect(outcomes.length).toBeGreaterThan(100);
    const shipped = outcomes.filter(({ path }) => path.startsWith("agreements/") || path.startsWith("goals/"));
    expect(shipped.length).toBeGreaterThan(10);
    expect(shipped.filter(({ outcome }) => outcome !== "simple")).toEqual([]);
  });

  it.each([
    ["a list at its key's indentation", "goals:\n- id: a\n  title: A\n- id: b\nnext: 1", { goals: [{ id: "a", title: "A" }, { id: "b" }], next: 1 }],
    ["a list indented under its key, with groups in its items", "goals:\n  - id: a\n    measures:\n      - one\n      - two\n    meters:\n    - { name: x, target: \">= 80 %\" }\n  - id: b", { goals: [{ id: "a", measures: ["one", "two"], meters: [{ name: "x", target: ">= 80 %" }] }, { id: "b" }] }],
    ["comments and blank lines between lines", "# top\nid: a\n\n  # indented\ntitle: T\nlist:\n\n  # inside\n  - x\n", { id: "a", title: "T", list: ["x"] }],
    ["quoted values", "a: \"it's # not a comment: really\"\nb: 'say ''hi'''\nc: ''\nd: \"\"", { a: "it's # not a comment: really", b: "say 'hi'", c: "", d: "" }],
    ["plain values with signs inside", "a: R&D, a*b and 50 %\nb: C# and x:y\nc: he said \"hi\"\nd:\n  - x:y", { a: "R&D, a*b and 50 %", b: "C# and x:y", c: 'he said "hi"', d: ["x:y"] }],
    ["a trailing comma in brackets", "a: [x, ]\nb: { c: 1, }", { a: ["x"], b: { c: 1 } }],
    ["brackets inside brackets", "a: { b: [1, two, \"3\"], c: {}, d: [] }\ne: [ [x], {y: z} ]", { a: { b: [1, "two", "3"], c: {}, d: [] }, e: [["x"], { y: "z" }] }],
    ["quotes inside plain values in brackets", "a: [it's, say \"hi\"]\nb: { c: the state's }", { a: ["it's", 'say "hi"'], b: { c: "the state's" } }],
    ["nulls, booleans and numbers as fast-yaml.ts's schema has them", "a: ~\nb: NULL\nc: True\nd: false\ne: 2020\nf: 0\ng: 02020\nh: 2020.0\ni: yes\nj:\nk: 2020-04-15\nl: -7\nm: [-0, -5 %]", { a: null, b: null, c: true, d: false, e: 2020, f: 0, g: "02020", h: "2020.0", i: "yes", j: null, k: "2020-04-15", l: -7, m: [-0, "-5 %"] }],
    ["trailing spaces and a non-breaking space kept inside", "a: x   \nb: y\u00a0\nc:   \n", { a: "x", b: "y\u00a0", c: null }],
  ])("reads %s", (_name, yaml, data) => {
    expect(compare(yaml)).toBe("simple");
    expect(readSimpleYaml(yaml)).toStrictEqual(data);
  });

  it.each([
    ["a value running on to the next line", "a: one\n  two"],
    ["a block text", "a: |\n  text"],
    ["a comment after a value", "a: x # note"],
    ["a backslash in double quotes", 'a: "x\\"y"'],
    ["a quoted value running on", "a: 'x\n  y'"],
    ["a bracket running on", "a: [x,\n  y]"],
    ["a quoted value followed by more text", "a: 'q' x"],
    ["an empty entry in brackets", "a: [x, , y]"],
    ["an empty list entry in brackets", "a: [ , ]"],
    ["a bracket inside a plain value in brackets", "a: { b: x[y }"],
    ["text after a quoted value in brackets", 'a: ["x" y]\nb: { c: "x" y }'],
    ["a list item indented less than its key", "a:\n  b:\n - x"],
    ["a list inside a list item", "a:\n  - - x"],
    ["a value that starts with a minus and no digit", "a: -x"],
    ["a duplicate key", "a: 1\na: 2"],
    ["a duplicate key in brackets", "a: { b: 1, b: 2 }"],
    ["a quoted key", '"a": 1'],
    ["a null key", "null: 1"],
    ["a boolean key", "true: 1"],
    ["a key over 1024 characters", `${"k".repeat(1025)}: 1`],
    ["a key over 1024 characters in brackets", `a: { ${"k".repeat(1025)}: 1 }`],
    ["__proto__", "__proto__: 1"],
    ["an anchor and alias", "a: &x 1\nb: *x"],
    ["a tag", "a: !!str 1"],
    ["16 digits", "a: 1234567890123456"],
    ["an item alone on its line", "a:\n  -\n    b: 1"],
    ["an empty list item", "a:\n  -\n  - x"],
    ["an indented first line", "  a: 1"],
    ["a list at the top", "- a"],
    ["a key more indented than its group", "a:\n  b: 1\n   c: 2"],
    ["a key after a list indented under its key", "a:\n  - x\n  b: 1"],
    ["a colon in brackets", "a: { b: x:y }"],
    ["a CRLF line break", "a: 1\r\nb: 2"],
    ["a tab", "a:\t1"],
    ["a byte order mark", "\ufeffa: 1"],
    ["a character YAML does not allow", "a: x\u0007"],
    ["a directive", "%YAML 1.2\n---\na: 1"],
    ["a document end", "a: 1\n...\n"],
    ["nothing", "\n# only a comment\n"],
    ["deep nesting", `a: ${"[".repeat(40)}${"]".repeat(40)}`],
  ])("leaves %s to js-yaml", (_name, yaml) => {
    expect(readSimpleYaml(yaml)).toBeUndefined();
  });

  it("keeps exactly fast-yaml.ts's limits: it reads the plain shape up to them and nothing beyond", () => {
    const inBrackets = (depth: number) => `a: ${"[".repeat(depth)}x${"]".repeat(depth)}`;
    const inBlocks = (depth: number) => Array.from({ length: depth }, (_, level) => `${"  ".repeat(level)}k${level}:`).join("\n") + " x";
    const values = (count: number) => `a: [${Array.from({ length: count }, (_, index) => index).join(", ")}]`;
    const cases = [...[12, 13, 14, 15, 16, 17].flatMap((depth) => [inBrackets(depth), inBlocks(depth)]), ...[2490, 2497, 2498, 2499, 2500].map(values)];
    for (const yaml of cases) {
      expect(readSimpleYaml(yaml) !== undefined, yaml.slice(0, 80)).toBe(withinLimits(readJsYaml(yaml) as object));
    }
    expect(readSimpleYaml(inBrackets(14))).toBeDefined();
    expect(readSimpleYaml(inBrackets(15))).toBeUndefined();
  });

  it("does not recurse without bound on deep indentation or brackets", () => {
    const deep = Array.from({ length: 5000 }, (_, depth) => `${" ".repeat(depth)}k:`).join("\n");
    expect(readSimpleYaml(deep)).toBeUndefined();
    expect(readSimpleYaml(`a: ${"[".repeat(100_000)}`)).toBeUndefined();
  });

  const word = fc.constantFrom("mål", "ledning", "Åtgärd", "2020", "R&D", "50 %", ">= 80 %", "ja", "no", "on", "~", "null", "True", "2020-04-30", "TO BE FILLED", "a: b", "x #y", "C#", "-", "-5", "'", '"', "''", "[1]", "{a}", ",", "a,b", "x:y", ":", "?", "\u00a0", "\\");
  const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));
  const leaf = fc.oneof(text, fc.integer({ min: -5000, max: 5000 }), fc.boolean(), fc.constant(null));
  const name = fc.constantFrom("id", "title", "goals", "measures", "meters", "target", "section", "common", "name", "summary", "on", "yes");
  const data = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("node"), { maxLength: 3 }), fc.dictionary(name, tie("node"), { maxKeys: 4 })),
  })).node;

  it("agrees with js-yaml and the positioned parse on agreement-like YAML in every style, and reads most of it (fast-check)", () => {
    const outcomes: string[] = [];
    fc.assert(
      fc.property(
        fc.dictionary(name, data, { minKeys: 1, maxKeys: 8 }),
        fc.record({ flowLevel: fc.integer({ min: 1, max: 4 }), indent: fc.integer({ min: 1, max: 4 }), indentSeq: fc.boolean(), quote: fc.boolean() }),
        (value, style) => {
          // Groups and lists below flowLevel in block style, deeper ones in brackets on one line, as agreements are written.
          const yaml = stringify(value, { indent: style.indent, indentSeq: style.indentSeq, singleQuote: style.quote, lineWidth: 0, flowCollectionPadding: true }).replace(/\n$/, "");
          outcomes.push(compare(`\n${yaml}`));
          outcomes.push(compare(`\n${bracketsBelow(value, style.flowLevel)}`));
        },
      ),
      { numRuns: 400 },
    );
    expect(outcomes.filter((outcome) => outcome === "simple").length).toBeGreaterThan(outcomes.length / 3);
  });

  it("agrees with js-yaml and the positioned parse on hand-mangled YAML (fast-check)", () => {
    const piece = fc.constantFrom("id", "a", "b", ":", ": ", " ", "  ", "\n", "\n  ", "- ", "1", "[", "]", "{", "}", ",", ", ", "'", '"', "#", " #", "|", ">", "&", "*", "!", "?", "~", "yes", "null", "\\", "-", ".", "%", "@", "<<", "\u00a0", "\u2028");
    let simple = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        if (compare(`\nid: x\n${pieces.join("")}`) === "simple") simple++;
      }),
      { numRuns: 3000 },
    );
    expect(simple).toBeGreaterThan(50);
  });
});

/** `value` as YAML with the groups and lists at `level` and deeper written in brackets on one line. */
function bracketsBelow(value: unknown, level: number, depth = 0, indent = ""): string {
  const isGroup = (item: unknown): item is Record<string, unknown> => typeof item === "object" && item !== null && !Array.isArray(item);
  const oneLine = (item: unknown) => stringify(item, { collectionStyle: "flow", lineWidth: 0, flowCollectionPadding: true }).replace(/\n$/, "");
  const block = (item: unknown, itemIndent: string): string => {
    if (typeof item !== "object" || item === null || depth + 1 >= level) return ` ${oneLine(item)}`;
    if (Array.isArray(item) ? item.length === 0 : Object.keys(item).length === 0) return ` ${oneLine(item)}`;
    return `\n${bracketsBelow(item, level, depth + 1, itemIndent)}`;
  };
  if (Array.isArray(value)) return value.map((item) => `${indent}-${block(item, `${indent}  `)}`).join("\n");
  if (isGroup(value)) return Object.entries(value).map(([key, item]) => `${indent}${key}:${block(item, `${indent}  `)}`).join("\n");
  return `${indent}${oneLine(value)}`;
}
