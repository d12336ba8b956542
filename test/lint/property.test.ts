import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lint } from "../../scripts/lint/engine.js";
import type { Finding } from "../../scripts/lint/finding.js";
import { loadValidators } from "../../scripts/model/validate.js";
import { RULES } from "../../scripts/rules/index.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

/**
 * Whatever a file holds, `lint()` returns findings instead of throwing, and every finding points inside
 * the file: a position past the end would send an official (or GitHub's annotations) nowhere.
 */

const PATH = "agreements/vm/vm-egenskap.md";
const GOALS = "goals/2020.md";
const goalsBytes = readFileSync(join(REPOSITORY_ROOT, GOALS));
const validators = loadValidators(RULES.map((rule) => rule.id));

function lintOne(bytes: Uint8Array): ReturnType<typeof lint> {
  return lint({
    files: [{ path: PATH, bytes }, { path: GOALS, bytes: goalsBytes }],
    rules: RULES,
    keepParsed: true,
    today: "2020-05-01",
    validators,
    pathExists: (path) => path === GOALS || path === PATH,
  });
}

/** Lines as the findings count them: split at \n only, so a CRLF line's \r counts as its last character. */
function expectInside(finding: Finding, text: string): void {
  const lines = text.split("\n");
  const where = `${finding.rule} at ${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} in a file of ${lines.length} lines`;
  for (const [line, column] of [[finding.line, finding.column], [finding.endLine, finding.endColumn]] as const) {
    expect(Number.isInteger(line) && line >= 1 && line <= lines.length, where).toBe(true);
    expect(Number.isInteger(column) && column >= 1 && column <= lines[line - 1]!.length + 1, where).toBe(true);
  }
  expect(finding.endLine > finding.line || (finding.endLine === finding.line && finding.endColumn >= finding.column), where).toBe(true);
  expect(finding.message.length, where).toBeGreaterThan(0);
  expect(finding.hint.length, where).toBeGreaterThan(0);
}

/** Lints the file (it must not throw) and checks every position against the text the lint read. */
function checkFile(bytes: Uint8Array): void {
  const result = lintOne(bytes);
  const text = result.parsed!.find((file) => file.path === PATH)!.source.text;
  for (const finding of result.findings) {
    expect(finding.file === PATH || finding.file === GOALS).toBe(true);
    if (finding.file === PATH) expectInside(finding, text);
  }
  // The shipped catalogue is never blamed for what an agreement holds.
  expect(result.findings.filter((finding) => finding.file === GOALS)).toEqual([]);
}

// ---- A YAML-ish generator: mostly the agreement's own shape, with the traps and the noise people type.

const KEYS = [
  "id", "title", "language", "ministry", "organisation", "model", "kind", "parties", "official", "superior", "name", "github",
  "term", "start", "end", "cycle", "agreed", "goals", "section", "common", "measures", "meters", "target", "baseline", "unit",
  "criteria", "excellent", "good", "satisfactory", "poor", "evaluations", "year", "date", "rating", "summary", "bonus",
  "waivers", "rule", "reason", "until",
];
const TRAP_KEYS = ["__proto__", "constructor", "prototype", "toString", "<<", "\"quoted: key\"", "'single'", "? complex", "2020", "~", "ä-ö", "a b"];
const TRAP_SCALARS = [
  "no", "on", "off", "yes", "NO", "y", "~", "null", "", "2020", "2017", "\"2020\"", "'2017'", "2020-04-15", "2020-02-30", "15.4.2020",
  "2020-04-15T10:00:00Z", "0x7E4", "0o17", "1e3", "1_000", ".inf", "-.nan", "true", "False", "\"unterminated", "'unterminated",
  "x: y", "a #comment", "#comment", "@handle", "`code`", "*alias", "*a", "&a anchored", "!!str 1", "!!binary aGk=", "!custom x", "|",
  ">-", "[a, b", "{a: 1", "[]", "{}", "[a, [b, {c: d}]]", "\t", "x\ty", "%x", "---", "...", "\"\\q\"", "\"\\u00e4\"", "sv", "fi", "VM",
  "common", "knowledge-based-management", "maria-exempel", ">= 80 %", "\"a\" b", "- item", "? q", "😀 text", "\u00a0", "\u2028",
];

type Yamlish =
  | { kind: "scalar"; text: string }
  | { kind: "alias"; name: string }
  | { kind: "map"; anchor?: string; entries: [string, Yamlish][] }
  | { kind: "list"; anchor?: string; items: Yamlish[] }
  | { kind: "flow"; value: Yamlish };

const anchorName = fc.constantFrom("a", "b", "x");
const scalar: fc.Arbitrary<Yamlish> = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TRAP_SCALARS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    fc.integer({ min: -5000, max: 5000 }).map(String),
    fc.double({ noNaN: false }).map(String),
    fc.date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
    fc.tuple(anchorName, fc.constantFrom(...TRAP_SCALARS)).map(([name, text]) => `&${name} ${text}`),
  )
  .map((text) => ({ kind: "scalar", text }));
const key = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...KEYS) }, { weight: 2, arbitrary: fc.constantFrom(...TRAP_KEYS) }, fc.string({ minLength: 1, maxLength: 8 }));

const { value } = fc.letrec<{ value: Yamlish; map: Yamlish; list: Yamlish }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: scalar },
    tie("map"),
    tie("list"),
    anchorName.map((name): Yamlish => ({ kind: "alias", name })),
    fc.oneof(tie("map"), tie("list")).map((inner): Yamlish => ({ kind: "flow", value: inner })),
  ),
  map: fc
    .record({ anchor: fc.option(anchorName, { nil: undefined }), entries: fc.array(fc.tuple(key, tie("value")), { maxLength: 5 }) })
    .map(({ anchor, entries }): Yamlish => ({ kind: "map", anchor, entries })),
  list: fc
    .record({ anchor: fc.option(anchorName, { nil: undefined }), items: fc.array(tie("value"), { maxLength: 4 }) })
    .map(({ anchor, items }): Yamlish => ({ kind: "list", anchor, items })),
}));

function renderFlow(node: Yamlish): string {
  switch (node.kind) {
    case "scalar":
      return node.text;
    case "alias":
      return `*${node.name}`;
    case "flow":
      return renderFlow(node.value);
    case "map":
      return `{ ${node.entries.map(([name, inner]) => `${name}: ${renderFlow(inner)}`).join(", ")} }`;
    case "list":
      return `[${node.items.map(renderFlow).join(", ")}]`;
  }
}

/** Block style, the way agreements are written: `key: value`, nested maps indented, list items with "- ". */
function renderBlock(node: Yamlish, indent: number): string[] {
  const pad = " ".repeat(indent);
  const inline = (inner: Yamlish): string | undefined =>
    inner.kind === "scalar" || inner.kind === "alias" || inner.kind === "flow" || (inner.kind === "map" && inner.entries.length === 0) || (inner.kind === "list" && inner.items.length === 0)
      ? renderFlow(inner)
      : undefined;
  if (node.kind === "map") {
    return node.entries.flatMap(([name, inner]) => {
      const text = inline(inner);
      if (text !== undefined) return [`${pad}${name}: ${text}`];
      const anchor = (inner as { anchor?: string }).anchor;
      return [`${pad}${name}:${anchor ? ` &${anchor}` : ""}`, ...renderBlock(inner, indent + 2)];
    });
  }
  if (node.kind === "list") {
    return node.items.flatMap((inner) => {
      const text = inline(inner);
      return text !== undefined ? [`${pad}- ${text}`] : [`${pad}-`, ...renderBlock(inner, indent + 2)];
    });
  }
  return [`${pad}${renderFlow(node)}`];
}

/** Typing slips: a stray character, a line lost or repeated, a tab or space in the indentation. */
type Slip = { at: number; kind: "insert"; text: string } | { at: number; kind: "drop-line" | "repeat-line" | "tab-indent" | "space-indent" };
const slip: fc.Arbitrary<Slip> = fc.oneof(
  fc.record({ at: fc.nat(), kind: fc.constant("insert" as const), text: fc.constantFrom(":", "\"", "'", "[", "]", "{", "}", "-", "#", "&", "*", "\t", " ", "\n", "\r", "\u0000", "\uFEFF", "---\n", "\\") }),
  fc.record({ at: fc.nat(), kind: fc.constantFrom("drop-line" as const, "repeat-line" as const, "tab-indent" as const, "space-indent" as const) }),
);

function applySlip(lines: string[], change: Slip): string[] {
  if (lines.length === 0) return lines;
  const index = change.at % lines.length;
  const line = lines[index]!;
  const copy = [...lines];
  switch (change.kind) {
    case "insert": {
      const column = change.at % (line.length + 1);
      copy[index] = line.slice(0, column) + change.text + line.slice(column);
      break;
    }
    case "drop-line":
      copy.splice(index, 1);
      break;
    case "repeat-line":
      copy.splice(index, 0, line);
      break;
    case "tab-indent":
      copy[index] = `\t${line}`;
      break;
    case "space-indent":
      copy[index] = ` ${line}`;
      break;
  }
  return copy;
}

const BODIES = ["", "# Ledningsavtal\n\n## Resultatmål\n\nText.\n", "[länk](../../goals/2020.md) och [trasig](saknas.md)\n", "> citat\n\n- a\n  - b\n", "Personbeteckning 131052-308T\n"];

const frontMatterFile = fc
  .record({
    top: fc.array(fc.tuple(key, value), { minLength: 0, maxLength: 10 }),
    slips: fc.array(slip, { maxLength: 3 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    closed: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, fc.constant(false)),
    body: fc.oneof(fc.constantFrom(...BODIES), fc.string({ maxLength: 40 })),
  })
  .map(({ top, slips, crlf, bom, closed, body }) => {
    const lines = slips.reduce(applySlip, renderBlock({ kind: "map", entries: top }, 0));
    const text = ["---", ...lines, ...(closed ? ["---", body] : [])].join("\n");
    return `${bom ? "\uFEFF" : ""}${crlf ? text.replace(/\r?\n/g, "\r\n") : text}`;
  });

describe("lint() never throws and always points inside the file", () => {
  it("for arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => checkFile(Buffer.from(text, "utf8"))),
      { numRuns: 150 },
    );
  });

  it("for arbitrary text between front matter lines", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ maxLength: 80 }), (yaml, body) => checkFile(Buffer.from(`---\n${yaml}\n---\n${body}`, "utf8"))),
      { numRuns: 150 },
    );
  });

  it("for arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, asFrontMatter) => {
        checkFile(asFrontMatter ? Buffer.concat([Buffer.from("---\nid: "), bytes, Buffer.from("\n---\n")]) : bytes);
      }),
      { numRuns: 150 },
    );
  });

  it("for random front matter: agreement keys, YAML 1.1 traps, nesting, anchors, slips, CRLF and BOM", () => {
    fc.assert(
      fc.property(frontMatterFile, (text) => checkFile(Buffer.from(text, "utf8"))),
      { numRuns: 300 },
    );
  });

  it("the generator reaches the schema and the other rules, not only syntax errors", () => {
    const rules = new Set<string>();
    fc.assert(
      fc.property(frontMatterFile, (text) => {
        for (const finding of lintOne(Buffer.from(text, "utf8")).findings) rules.add(finding.rule);
      }),
      { numRuns: 60, seed: 20200430 },
    );
    expect([...rules]).toEqual(expect.arrayContaining(["front-matter-syntax", "schema"]));
  });
});
