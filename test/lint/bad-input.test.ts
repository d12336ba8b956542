import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lint, type LintResult } from "../../scripts/lint/engine.js";
import type { Finding } from "../../scripts/lint/finding.js";
import { loadValidators } from "../../scripts/model/validate.js";
import { RULES } from "../../scripts/rules/index.js";
import { runBin } from "../helpers/bin.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

/**
 * Bad input gives one clear, positioned finding and never hides the other files' results. Each case
 * is linted beside the shipped example agreement and goals/2020.md, which must keep their own results.
 */

const TODAY = "2020-05-01";
const EXAMPLE = "agreements/vm/vm-statssekreterare.md";
const GOALS = "goals/2020.md";
const exampleBytes = readFileSync(join(REPOSITORY_ROOT, EXAMPLE));
const goalsText = readFileSync(join(REPOSITORY_ROOT, GOALS), "utf8");
const validators = loadValidators(RULES.map((rule) => rule.id));

/** A valid agreement; every case below changes it (or replaces it), so the line numbers here are the expected ones. */
function validLines(id: string): string[] {
  return [
    "---", // 1
    `id: ${id}`, // 2
    "title: Ledningsavtal för testchefen", // 3
    "language: sv", // 4
    "ministry: VM", // 5
    "organisation: Finansministeriet", // 6
    'model: "2017"', // 7
    "parties:", // 8
    "  official: { name: Testa Exempel, title: Avdelningschef, github: testa-exempel }", // 9
    "  superior: { name: Prova Exempel, title: Statssekreterare, github: prova-exempel }", // 10
    "term: { start: 2019-09-01, end: 2024-08-31 }", // 11
    "cycle: 2020", // 12
    "agreed: 2020-04-15", // 13
    "goals:", // 14
    "  - id: kunskapsledning", // 15
    "    section: common", // 16
    "    common: knowledge-based-management", // 17
    "    title: Kunskapsbaserad ledning", // 18
    "    measures: [Gemensam lägesbild varje kvartal]", // 19
    '    meters: [{ name: Andel beslut med konsekvensbedömning, target: ">= 80 %" }]', // 20
    '    criteria: { good: ">= 80 %", satisfactory: ">= 70 %" }', // 21
    "evaluations:", // 22
    "  - { year: 2019, date: 2020-03-20, rating: good, summary: Målen nåddes., bonus: none }", // 23
    "---", // 24
    "# Ledningsavtal för testchefen",
    "",
    "## Statsförvaltningens gemensamma mål för ledningen",
    "",
    "Kunskapsbaserad ledning.",
    "",
    "## Resultatmål",
    "",
    "Enligt resultatavtalet.",
    "",
    "## Ledning och ledarskap",
    "",
    "Öppen information.",
    "",
    "## Personlig utveckling",
    "",
    "Coachning.",
    "",
    "## Utvärdering av framgången",
    "",
    "Målen nåddes.",
    "",
  ];
}

const valid = (id: string): string => validLines(id).join("\n");
const frontMatterOf = (id: string): string[] => validLines(id).slice(0, 24);

/** The valid agreement with lines `from`..`to` (1-based) replaced by `lines` (none: deleted; several: inserted). */
function withLines(from: number, to: number, ...lines: string[]): (id: string) => string {
  return (id) => {
    const all = validLines(id);
    all.splice(from - 1, to - from + 1, ...lines);
    return all.join("\n");
  };
}
const withLine = (line: number, ...lines: string[]) => withLines(line, line, ...lines);

/** In a case's text this character stands for the byte 0xF6 (ö in Latin-1), which is not valid UTF-8 on its own. */
const LATIN1_OE = "\uE000";
/** ... and this one for 0xC3, the first byte of a two-byte UTF-8 letter, cut off. */
const CUT_OFF = "\uE001";

function encode(text: string): Uint8Array {
  const raw: Record<string, number> = { [LATIN1_OE]: 0xf6, [CUT_OFF]: 0xc3 };
  return Buffer.concat(text.split(/([\uE000\uE001])/).map((part) => (part in raw ? Buffer.from([raw[part]!]) : Buffer.from(part, "utf8"))));
}

/** Nine levels of nine aliases each: a few hundred bytes that expand to 9^9 strings if resolved naively. */
function billionLaughs(): string {
  const levels = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
  const lines = ["---", `a: &a [${Array(9).fill('"lol"').join(", ")}]`];
  for (let level = 1; level < levels.length; level++) {
    lines.push(`${levels[level]}: &${levels[level]} [${Array(9).fill(`*${levels[level - 1]}`).join(", ")}]`);
  }
  return [...lines, "---", ""].join("\n");
}

interface Expected {
  rule: "front-matter-syntax" | "schema";
  line: number;
  column: number;
  /** Plain words the message and hint must contain, between them. */
  words: RegExp[];
}

interface Case {
  name: string;
  /** The file as text, tried with LF, CRLF and BOM + CRLF line endings: the positions must not move. */
  text?: (id: string) => string;
  /** The file as bytes, used as they are and written to disk and read back (the binary and big ones). */
  bytes?: (id: string) => Uint8Array;
  /** Exactly the findings of this file; an empty list means the file is valid. */
  expected: Expected[];
}

const syntax = (line: number, column: number, ...words: RegExp[]): Expected => ({ rule: "front-matter-syntax", line, column, words });
const schema = (line: number, column: number, ...words: RegExp[]): Expected => ({ rule: "schema", line, column, words });

const cases: Case[] = [
  { name: "valid agreement", text: valid, expected: [] },
  { name: "empty file", text: () => "", expected: [syntax(1, 1, /file is empty/)] },
  { name: "only blank lines", text: () => "\n  \n\n", expected: [syntax(1, 1, /file is empty/)] },
  { name: "no front matter", text: (id) => validLines(id).slice(24).join("\n"), expected: [syntax(1, 1, /does not start with front matter/, /---/)] },
  { name: "a blank line above the front matter", text: (id) => `\n${valid(id)}`, expected: [syntax(1, 1, /does not start with front matter/, /nothing above/)] },
  { name: "unterminated front matter", text: withLine(24), expected: [syntax(1, 1, /never closed/, /three dashes/)] },
  { name: "unterminated front matter without a body", text: (id) => frontMatterOf(id).slice(0, 23).join("\n"), expected: [syntax(1, 1, /never closed/)] },
  { name: "YAML syntax: a quotation mark never closed", text: withLine(3, 'title: "Ledningsavtal för testchefen'), expected: [syntax(3, 8, /quotation mark " .*never closed/)] },
  { name: "YAML syntax: a colon inside a value", text: withLine(3, "title: Ledningsavtal: testchefen"), expected: [syntax(3, 8, /colon followed by a space/, /quotes/)] },
  { name: "YAML syntax: a [ never closed", text: withLine(19, "    measures: [Gemensam lägesbild varje kvartal"), expected: [syntax(19, 15, /\[ that starts here has no matching \]/)] },
  { name: "YAML syntax: the colon after a key missing", text: withLine(5, "ministry VM"), expected: [syntax(5, 1, /not of the form "key: value"/, /colon/)] },
  { name: "YAML syntax: a value starting with @", text: withLine(9, "  official: { name: Testa Exempel, title: Avdelningschef, github: @testa-exempel }"), expected: [syntax(9, 67, /cannot start with the character @/, /quotes/)] },
  { name: "YAML syntax: a key not lined up", text: withLine(10, "   superior: { name: Prova Exempel, title: Statssekreterare, github: prova-exempel }"), expected: [syntax(10, 4, /not lined up/)] },
  { name: "YAML syntax: a key in a list item not lined up", text: withLine(16, "   section: common"), expected: [syntax(16, 4, /not lined up/)] },
  { name: "YAML syntax: a key indented under a plain value", text: withLine(6, " organisation: Finansministeriet"), expected: [syntax(6, 2, /indented more than the key above/)] },
  { name: "duplicate key: the second occurrence", text: withLine(5, "ministry: VM", "ministry: UM"), expected: [syntax(6, 1, /"ministry" appears twice/, /only one/)] },
  {
    name: "duplicate key inside a list item",
    text: withLine(23, "  - { year: 2019, date: 2020-03-20, rating: good, rating: poor, summary: Målen nåddes., bonus: none }"),
    expected: [syntax(23, 51, /"rating" appears twice/)],
  },
  { name: "duplicate key written once as a number and once as text", text: withLine(12, "cycle: 2020", '"cycle": 2020'), expected: [syntax(13, 1, /"cycle" appears twice/)] },
  { name: "a tab as indentation", text: withLine(15, "\t- id: kunskapsledning"), expected: [syntax(15, 1, /tab is used to indent/, /spaces/)] },
  { name: "a tab after spaces in the indentation", text: withLine(16, "  \t  section: common"), expected: [syntax(16, 3, /tab is used to indent/)] },
  { name: "a tab inside a value is just text", text: withLine(3, "title: Ledningsavtal\tför testchefen"), expected: [] },
  { name: "non-UTF-8 byte (Latin-1 ö)", text: withLine(3, `title: Ledningsavtal f${LATIN1_OE}r testchefen`), expected: [syntax(3, 23, /not saved as UTF-8/, /0xF6/, /Save the file as UTF-8/)] },
  { name: "non-UTF-8 byte after letters like ä", text: withLine(19, `    measures: [Gemensam lägesbild ${LATIN1_OE}varje kvartal]`), expected: [syntax(19, 35, /not saved as UTF-8/)] },
  { name: "a UTF-8 letter cut off", text: withLine(3, `title: Ledningsavtal för testchefen${CUT_OFF}`), expected: [syntax(3, 36, /not saved as UTF-8/, /0xC3/)] },
  { name: "YAML alias bomb (billion laughs, 9 levels)", text: billionLaughs, expected: [syntax(3, 8, /anchors .* so many times/)] },
  { name: "an alias to an anchor never defined (*bold* as in Markdown)", text: withLine(3, "title: *Ledningsavtal*"), expected: [syntax(3, 8, /"\*Ledningsavtal\*" refers to an anchor/, /quotes/)] },
  { name: "an alias inside its own anchor (endless data)", text: withLines(8, 10, "parties: &p { official: *p }"), expected: [syntax(8, 25, /refers to the value it is itself part of/)] },
  {
    name: "__proto__ and constructor keys at the top",
    text: withLine(5, "ministry: VM", "__proto__: { polluted: yes }", "constructor: { prototype: { polluted: yes } }"),
    expected: [schema(6, 1, /"__proto__" is not a known key/), schema(7, 1, /"constructor" is not a known key/)],
  },
  { name: "__proto__ key under parties", text: withLine(8, "parties:", "  __proto__: { polluted: yes }"), expected: [schema(9, 3, /"__proto__" is not a known key under "parties"/)] },
  { name: "YAML 1.1 trap: language: no stays the text \"no\"", text: withLine(4, "language: no"), expected: [schema(4, 11, /"language" must be one of sv, fi, en/, /"no"/)] },
  { name: "YAML 1.1 trap: language: on stays the text \"on\"", text: withLine(4, "language: on"), expected: [schema(4, 11, /"language" must be one of sv, fi, en/, /"on"/)] },
  { name: "YAML 1.1 trap: organisation: NO is text, not false", text: withLine(6, "organisation: NO"), expected: [] },
  { name: "unquoted date stays text (already so in the valid agreement), quoted is the same", text: withLine(13, 'agreed: "2020-04-15"'), expected: [] },
  { name: "cycle: \"2020\" in quotes is text, not a year", text: withLine(12, 'cycle: "2020"'), expected: [schema(12, 8, /"cycle" must be a whole number/, /Remove the quotes/)] },
  // YAML 1.2 reads all of these as the number 2020; a year is written as plain digits (issue 9, item 15).
  ...["2020.0", "0x7e4", "0o3744", "2.02e3", "+2020", "02020"].map((written) => ({
    name: `cycle: ${written} is not a year written as plain digits`,
    text: withLine(12, `cycle: ${written}`),
    expected: [schema(12, 8, /"cycle" must be a whole number/, /plain digits, for example 2020/)],
  })),
  { name: "evaluation year: 2019.0 is not a year either", text: withLine(23, "  - { year: 2019.0, date: 2020-03-20, rating: good, summary: Målen nåddes., bonus: none }"), expected: [schema(23, 13, /must be a whole number/, /plain digits/)] },
  { name: "a meter target written 80.50 is kept as written", text: withLine(20, "    meters: [{ name: Andel, target: 80.50 }]"), expected: [] },
  { name: "model: 2017 without quotes is accepted", text: withLine(7, "model: 2017"), expected: [] },
  { name: "a date that does not exist", text: withLine(13, "agreed: 2020-02-30"), expected: [schema(13, 9, /"agreed" must be a real date/, /2020-02-30/)] },
  { name: "a date written the Finnish way", text: withLine(13, "agreed: 15.4.2020"), expected: [schema(13, 9, /"agreed" must be a real date written YYYY-MM-DD/)] },
  { name: "front matter that is a list", text: () => "---\n- id: x\n---\n# x\n", expected: [syntax(2, 1, /list of keys and values/)] },
  { name: "empty front matter", text: () => "---\n---\n# x\n", expected: [schema(1, 1, /lacks the keys "id", "title"/)] },
  { name: "runaway nesting", text: () => `---\nid: ${"[".repeat(5000)}\n---\n`, expected: [syntax(2, 105, /nested more than 100 levels/)] },
  { name: "runaway nesting in the Markdown body", text: (id) => `${valid(id)}${"> ".repeat(5000)}x\n`, expected: [syntax(46, 135, /nested more than 100 levels/)] },
  { name: "a long row of emphasis marks in the body", text: (id) => `${valid(id)}${"*".repeat(3000)}a${"*".repeat(3000)}\n`, expected: [syntax(46, 201, /nested more than 100 levels/, /\*/)] },
  { name: "a signature line of underscores is ordinary text", text: withLine(45, `Målen nåddes. Underskrift: ${"_".repeat(60)}`), expected: [] },
  {
    name: "far too many values",
    // Three values a line: one a line would first be refused for having more than 5,000 lines.
    text: () => ["---", "goals: [", ...Array.from({ length: 4_000 }, (_, index) => `  ${3 * index}, ${3 * index + 1}, ${3 * index + 2},`), "  ]", "---", ""].join("\n"),
    expected: [syntax(3_335, 9, /more than 10,000 values/)],
  },
  { name: "UTF-16 file", bytes: (id) => Buffer.from(`\uFEFF${valid(id)}`, "utf16le"), expected: [syntax(1, 1, /saved as UTF-16/, /UTF-8/)] },
  { name: "binary file (a PNG named .md)", bytes: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8]), expected: [syntax(1, 1, /not a text file/)] },
  { name: "5 MB file", bytes: (id) => Buffer.from(valid(id) + "Lorem ipsum dolor sit amet.\n".repeat(190_000)), expected: [syntax(1, 1, /too large/, /5\.\d MB/)] },
];

const variants: { name: string; apply(text: string): string }[] = [
  { name: "LF", apply: (text) => text },
  { name: "CRLF", apply: (text) => text.replace(/\n/g, "\r\n") },
  { name: "BOM + CRLF", apply: (text) => `\uFEFF${text.replace(/\n/g, "\r\n")}` },
];

/** Every case file as it is linted: its id doubles as its file name, so ids never clash across cases. */
function caseFiles(): { name: string; variant: string; path: string; bytes: Uint8Array; expected: Expected[] }[] {
  return cases.flatMap((testCase, index) => {
    if (testCase.bytes) {
      const id = `vm-fall-${index + 1}`;
      return [{ name: testCase.name, variant: "bytes", path: `agreements/vm/${id}.md`, bytes: testCase.bytes(id), expected: testCase.expected }];
    }
    return variants.map((variant, variantIndex) => {
      const id = `vm-fall-${index + 1}-${variantIndex + 1}`;
      return { name: testCase.name, variant: variant.name, path: `agreements/vm/${id}.md`, bytes: encode(variant.apply(testCase.text!(id))), expected: testCase.expected };
    });
  });
}

const temporary: string[] = [];
function tempDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), "agreements-bad-input-"));
  temporary.push(directory);
  return directory;
}
afterAll(() => {
  for (const directory of temporary) rmSync(directory, { recursive: true, force: true });
});

function lintBeside(files: { path: string; bytes: Uint8Array }[], goals: Uint8Array = Buffer.from(goalsText)): LintResult {
  return lint({
    files: [...files, { path: EXAMPLE, bytes: exampleBytes }, { path: GOALS, bytes: goals }],
    rules: RULES,
    keepParsed: true,
    today: TODAY,
    validators,
    pathExists: (path) => existsSync(join(REPOSITORY_ROOT, path)),
  });
}

function expectFindings(found: readonly Finding[], expected: readonly Expected[]): void {
  expect(found.map(({ rule, line, column }) => ({ rule, line, column }))).toEqual(expected.map(({ rule, line, column }) => ({ rule, line, column })));
  found.forEach((finding, index) => {
    for (const word of expected[index]!.words) expect(`${finding.message} ${finding.hint}`).toMatch(word);
    expect(finding.severity).toBe("error");
    expect(finding.endLine > finding.line || (finding.endLine === finding.line && finding.endColumn >= finding.column)).toBe(true);
  });
}

/** The example agreement and the catalogue keep their own, clean result whatever the case file holds. */
function expectOthersUnharmed(result: LintResult): void {
  expect(result.findings.filter((finding) => finding.file === EXAMPLE || finding.file === GOALS)).toEqual([]);
  const example = result.parsed!.find((file) => file.path === EXAMPLE);
  expect(example?.kind === "agreement" && example.agreement?.id).toBe("vm-statssekreterare");
  expect(result.parsed!.find((file) => file.path === GOALS)?.kind === "catalogue").toBe(true);
}

describe("bad input: one positioned finding, the other files still checked", () => {
  it.each(caseFiles().map((file) => [`${file.name} (${file.variant})`, file] as const))("%s", (_name, file) => {
    let bytes = file.bytes;
    if (file.variant === "bytes") {
      // Binary and big files take the same road as any other: written to disk, read back as bytes.
      const path = join(tempDirectory(), "case.md");
      writeFileSync(path, file.bytes);
      bytes = readFileSync(path);
    }
    const started = performance.now();
    const result = lintBeside([{ path: file.path, bytes }]);
    expect(performance.now() - started).toBeLessThan(5_000);
    expectFindings(result.findings.filter((finding) => finding.file === file.path), file.expected);
    expectOthersUnharmed(result);
  });

  it("the alias bomb is refused quickly, without expanding it", () => {
    const started = performance.now();
    const result = lintBeside([{ path: "agreements/vm/bomb.md", bytes: encode(billionLaughs()) }]);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.findings.filter((finding) => finding.file === "agreements/vm/bomb.md")).toHaveLength(1);
  });

  it("__proto__ and constructor keys do not pollute Object.prototype", () => {
    const text = withLine(5, "ministry: VM", "__proto__: { polluted: yes, isAdmin: true }", "constructor: { prototype: { polluted: yes } }")("vm-proto");
    const result = lintBeside([{ path: "agreements/vm/vm-proto.md", bytes: encode(text) }]);
    expect(result.findings.filter((finding) => finding.file === "agreements/vm/vm-proto.md")).toHaveLength(2);
    const empty: Record<string, unknown> = {};
    expect(empty.polluted).toBeUndefined();
    expect(empty.isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(Object.prototype.constructor).toBe(Object);
    // The key stays an ordinary key of the data, which is how the schema could name it.
    const data = result.parsed!.find((file) => file.path === "agreements/vm/vm-proto.md")!.frontMatter!.data as object;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(data, "__proto__")).toBe(true);
  });

  it("all broken files are reported together, each with its own finding", () => {
    const files = caseFiles();
    const result = lintBeside(files.map(({ path, bytes }) => ({ path, bytes })));
    for (const file of files) expectFindings(result.findings.filter((finding) => finding.file === file.path), file.expected);
    expectOthersUnharmed(result);
  });
});

describe("a goals file that is itself broken", () => {
  const agreement = { path: "agreements/vm/vm-testavtal.md", bytes: encode(valid("vm-testavtal")) };
  const exampleCycle = lineAndColumnOf(exampleBytes.toString("utf8"), /^cycle: (\d{4})$/m);
  const goalsCycle = lineAndColumnOf(goalsText, /^cycle: /m);

  function lineAndColumnOf(text: string, pattern: RegExp): { line: number; column: number } {
    const match = pattern.exec(text)!;
    const offset = match.index + match[0].length - (match[1]?.length ?? 0);
    const before = text.slice(0, offset).split("\n");
    return { line: before.length, column: before.at(-1)!.length + 1 };
  }

  const broken: { name: string; goals: string; rule: string; line: number; column: number; words: RegExp }[] = [
    {
      name: "a YAML syntax error (the cycle key twice)",
      goals: goalsText.replace(/^cycle: 2020$/m, "cycle: 2020\ncycle: 2021"),
      rule: "front-matter-syntax",
      line: goalsCycle.line + 1,
      column: 1,
      words: /"cycle" appears twice/,
    },
    { name: "an empty file", goals: "", rule: "front-matter-syntax", line: 1, column: 1, words: /empty/ },
    { name: "a binary file", goals: "\u0000\u0001\u0002", rule: "front-matter-syntax", line: 1, column: 1, words: /not a text file/ },
    {
      name: "a schema error (the cycle in quotes)",
      goals: goalsText.replace(/^cycle: 2020$/m, 'cycle: "2020"'),
      rule: "catalogue",
      line: goalsCycle.line,
      column: 8,
      words: /"cycle"/,
    },
  ];

  it.each(broken.map((testCase) => [testCase.name, testCase] as const))("%s: a finding in the catalogue, a clear one in each agreement on its cycle", (_name, testCase) => {
    const result = lintBeside([agreement], Buffer.from(testCase.goals));
    const inGoals = result.findings.filter((finding) => finding.file === GOALS);
    expect(inGoals.map(({ rule, line, column }) => ({ rule, line, column }))).toContainEqual({ rule: testCase.rule, line: testCase.line, column: testCase.column });
    expect(inGoals.find((finding) => finding.rule === testCase.rule)!.message).toMatch(testCase.words);
    for (const [path, position] of [[agreement.path, { line: 12, column: 8 }], [EXAMPLE, exampleCycle]] as const) {
      const found = result.findings.filter((finding) => finding.file === path);
      expect(found.map(({ rule, line, column }) => ({ rule, line, column }))).toEqual([{ rule: "unknown-cycle", ...position }]);
      expect(found[0]!.message).toMatch(/goal catalogue for 2020 \(goals\/2020\.md\) has errors/);
    }
  });
});

describe("the CLI on bad input (a real subprocess)", () => {

  function run(args: readonly string[], cwd: string) {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !["GITHUB_STEP_SUMMARY", "GITHUB_ACTIONS", "FORCE_COLOR"].includes(key)));
    return runBin(args, { cwd, env });
  }

  /** A repository with the shipped goals/2020.md and the given files. */
  function repository(files: { path: string; bytes: Uint8Array }[]): string {
    const directory = tempDirectory();
    for (const file of [{ path: GOALS, bytes: Buffer.from(goalsText) }, ...files]) {
      mkdirSync(join(directory, file.path, ".."), { recursive: true });
      writeFileSync(join(directory, file.path), file.bytes);
    }
    return directory;
  }

  it("a path that does not exist: exit 2 and a message naming it", async () => {
    const cwd = repository([{ path: "agreements/vm/vm-testavtal.md", bytes: encode(valid("vm-testavtal")) }]);
    const result = await run(["lint", "agreements/um", "--lang", "en", "--today", TODAY, "--format", "json"], cwd);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/"agreements\/um" does not exist/);
    expect(result.stdout).toBe("");
  });

  it("a bad flag: exit 2", async () => {
    const cwd = repository([]);
    const result = await run(["lint", "--today", "30.4.2020"], cwd);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--today/);
  });

  it("a folder of broken and good files: exit 1, every broken file reported, the good ones clean", async () => {
    const files = caseFiles();
    const good = { path: "agreements/vm/vm-testavtal.md", bytes: encode(valid("vm-testavtal")) };
    const cwd = repository([...files, good, { path: EXAMPLE, bytes: exampleBytes }]);
    const result = await run(["lint", "agreements", "--lang", "en", "--today", TODAY, "--format", "json"], cwd);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout) as Finding[];
    for (const file of files) expectFindings(findings.filter((finding) => finding.file === file.path), file.expected);
    expect(findings.filter((finding) => finding.file === good.path || finding.file === EXAMPLE)).toEqual([]);
    expect(new Set(findings.map((finding) => finding.file))).toEqual(new Set(files.filter((file) => file.expected.length > 0).map((file) => file.path)));
  });
});
