import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { readFastYaml } from "../../scripts/model/fast-yaml.js";
import { locateInFrontMatter, splitFrontMatter } from "../../scripts/model/front-matter.js";
import { locateTopLevelWord } from "../../scripts/model/locate-quick.js";
import { repositoryMarkdownFiles } from "../helpers/fixtures.js";

/**
 * The fast reader (fast-yaml.ts) may only answer where it gives exactly the positioned parse's data: when
 * it answers, the positioned parse must find no problem and the same data; otherwise it must step aside.
 */
function compare(text: string): "fast" | "positioned" {
  const fast = splitFrontMatter(text, { fast: true });
  if (!fast.frontMatter?.fast) return "positioned";
  const positioned = splitFrontMatter(text);
  expect(positioned.problems, text).toEqual([]);
  expect(fast.frontMatter.data, text).toStrictEqual(positioned.frontMatter?.data);
  expect(fast.body).toBe(positioned.body);
  expect(fast.bodyOffset).toBe(positioned.bodyOffset);
  // Where the text alone places a top-level value, it is where the positioned parse places it.
  for (const key of Object.keys(fast.frontMatter.data as object)) {
    for (const asKey of [false, true]) {
      const quick = locateTopLevelWord(fast.frontMatter, [key], asKey);
      if (quick) expect(quick, `${key} in ${text}`).toEqual(locateInFrontMatter(positioned.frontMatter!, [key], asKey));
    }
  }
  expect(fast.frontMatter.fast.positioned).toBe(false);
  return "fast";
}

const wrap = (yaml: string) => `---\n${yaml}\n---\n# Body\n`;

describe("the fast YAML reader", () => {
  it("agrees with the positioned parse on every fixture, example and catalogue, and reads nearly all of them", () => {
    const files = repositoryMarkdownFiles();
    expect(files.length).toBeGreaterThan(100);
    const outcomes = files.map((file) => compare(file.bytes.toString("utf8")));
    // The shipped examples are all read the fast way (else the fast path would speed up nothing).
    const examples = files.flatMap((file, index) => (file.path.startsWith("agreements/") ? [outcomes[index]] : []));
    expect(examples.length).toBeGreaterThan(5);
    expect(examples.every((outcome) => outcome === "fast")).toBe(true);
  });

  it.each([
    ["YAML 1.1 booleans stay text", "a: yes\nb: no\nc: on\nd: off\ne: y\nf: True\ng: FALSE", { a: "yes", b: "no", c: "on", d: "off", e: "y", f: true, g: false }],
    ["dates stay text", "agreed: 2020-04-15\nat: 2020-04-15T10:00:00Z", { agreed: "2020-04-15", at: "2020-04-15T10:00:00Z" }],
    ["numbers not written as plain digits stay as written", "a: 2020.0\nb: 0x7e4\nc: 0o3744\nd: +2020\ne: 02020\nf: 1_000\ng: 1:30\nh: .inf\ni: 2.5\nj: 2020\nk: -7", { a: "2020.0", b: "0x7e4", c: "0o3744", d: "+2020", e: "02020", f: "1_000", g: "1:30", h: ".inf", i: "2.5", j: 2020, k: -7 }],
    ["nulls in all spellings", "a: ~\nb: null\nc: Null\nd: NULL\ne:", { a: null, b: null, c: null, d: null, e: null }],
    ["text with & and * inside words", "title: R&D and a*b\nname: \"*quoted*\"", { title: "R&D and a*b", name: "*quoted*" }],
  ])("%s", (_name, yaml, data) => {
    const text = wrap(yaml);
    expect(compare(text)).toBe("fast");
    expect(splitFrontMatter(text, { fast: true }).frontMatter?.data).toStrictEqual(data);
  });

  it.each([
    ["a duplicate key", "id: a\nid: b"],
    ["an alias", "a: &x 1\nb: *x"],
    ["a tag", "a: !!str 1"],
    ["a merge key", "a: {x: 1}\nb:\n  <<: {x: 2}"],
    ["a null key", ": x\nid: a"],
    ["a quoted empty key", "\"\": x\nid: a"],
    ["a complex key", "? [a]\n: x"],
    ["a tab", "a:\tx"],
    ["a directive", "%YAML 1.2\n---\na: 1"],
    ["a document end", "a: 1\n...\nb: 2"],
    ["a list instead of keys", "- a\n- b"],
    ["an empty block", ""],
    ["a syntax error", "a: [1, 2"],
    ["a long number", "a: 12345678901234567890"],
    ["a key over 1024 characters", `${"k".repeat(1025)}: 1`],
    ["a quoted key over 1024 characters", `"${"k".repeat(1030)}": 1`],
    // Found by hand against js-yaml: each of these reads as data there, and is an error (or other data) in YAML 1.2.
    ["an empty entry in brackets", "a: [ , ]"],
    ["a byte order mark inside the block", "\ufeffa: 1"],
    ["a quoted text running on at the line start", "a: '\n'"],
    ["a quoted text not indented under its key", "a:\n  b: 'x\n  y'"],
    ["a bracket running on at the line start", "a: {b: 1,\nc: 2}"],
  ])("leaves %s to the positioned parse", (_name, yaml) => {
    expect(readFastYaml(yaml)).toBeUndefined();
    expect(compare(wrap(yaml))).toBe("positioned");
  });

  it("places an id only where the text leaves no doubt", () => {
    const fast = (yaml: string) => splitFrontMatter(wrap(yaml), { fast: true }).frontMatter!;
    expect(locateTopLevelWord(fast("id: vm-a # note\ntitle: T"), ["id"], false)).toEqual({ start: 8, end: 12 });
    // A second line that starts with the key (here inside a quoted text) makes it unsure.
    expect(locateTopLevelWord(fast('title: "x\nid: vm-b"\nid: vm-a'), ["id"], false)).toBeUndefined();
    expect(locateTopLevelWord(fast('"id": vm-a'), ["id"], false)).toBeUndefined();
    expect(locateTopLevelWord(fast("id: 'vm-a'"), ["id"], false)).toBeUndefined();
  });

  const scalar = fc.oneof(
    fc.constantFrom("yes", "no", "on", "off", "~", "null", "true", "False", "2020", "2020-04-15", "0x10", "1e3", "-0", "+1", "007", ".5", "R&D", "a: b", "#x", "- x", "[x]", "{x}", "'q'", '"q"', "TO BE FILLED", "å ä ö", "line\nbreak", " lead", "trail ", "*a", "&a", "!t", "|", ">", "%", "@", "`", "\\", "\r\n"),
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );
  const key = fc.oneof(fc.constantFrom("id", "title", "goals", "on", "yes", "2020", "a b", "null", "", "<<", "-", "?"), fc.string({ maxLength: 6 }));
  const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(key, tie("value"), { maxKeys: 4 })),
  })).value;

  it("agrees with the positioned parse on generated YAML (fast-check)", () => {
    const outcomes: string[] = [];
    fc.assert(
      fc.property(
        fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }),
        fc.record({ flow: fc.boolean(), quote: fc.boolean(), indent: fc.integer({ min: 1, max: 4 }), width: fc.integer({ min: 20, max: 80 }) }),
        fc.constantFrom("\n", "\r\n"),
        (data, style, newline) => {
          const yaml = stringify(data, { collectionStyle: style.flow ? "flow" : "any", singleQuote: style.quote, indent: style.indent, lineWidth: style.width });
          outcomes.push(compare(wrap(yaml.trimEnd()).replace(/\n/g, newline)));
        },
      ),
      { numRuns: 400 },
    );
    // The comparison means something only if the fast reader answers for a fair share of the cases (most generated ones hold aliases, odd keys and the like).
    expect(outcomes.filter((outcome) => outcome === "fast").length).toBeGreaterThan(outcomes.length / 40);
  });

  it("agrees with the positioned parse on agreement-like YAML, much of it read the fast way (fast-check)", () => {
    const word = fc.constantFrom("mål", "ledning", "Åtgärd", "2020", "R&D", "50 %", ">= 80 %", "ja", "no", "on", "2020-04-30", "TO BE FILLED", "a: b", "x #y", "-", "'", "\"", "[1]");
    const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));
    const leaf = fc.oneof(text, fc.integer({ min: -5000, max: 5000 }), fc.boolean());
    const name = fc.constantFrom("id", "title", "goals", "measures", "meters", "target", "section", "common", "name", "summary");
    const data = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("node"), { minLength: 1, maxLength: 3 }), fc.dictionary(name, tie("node"), { minKeys: 1, maxKeys: 4 })),
    })).node;
    const outcomes: string[] = [];
    fc.assert(
      // Block style at the top, as agreements are written; flow style ([…] {…}) the generated test above covers.
      fc.property(fc.dictionary(name, data, { minKeys: 1, maxKeys: 8 }), fc.integer({ min: 0, max: 80 }), (value, width) => {
        outcomes.push(compare(wrap(stringify(value, { collectionStyle: "block", lineWidth: width }).trimEnd())));
      }),
      { numRuns: 300 },
    );
    // Words with brackets, quotes or " #" send some to the positioned parse; every shipped example is fast (above).
    expect(outcomes.filter((outcome) => outcome === "fast").length).toBeGreaterThan(outcomes.length / 3);
  });

  it("agrees with the positioned parse on hand-mangled YAML (fast-check)", () => {
    const piece = fc.constantFrom("id", ":", " ", "  ", "\n", "- ", "a", "1", "[", "]", "{", "}", ",", "'", '"', "#", "|", ">", "&", "*", "!", "?", "~", "yes", "0x1", "\\", "-", "2020-04-15", ".", "\t", "%", "@", "<<");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        compare(wrap(`id: x\n${pieces.join("")}`));
      }),
      { numRuns: 1500 },
    );
  });
});
