import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatFile, type FormatResult } from "../../scripts/formatter/format-file.js";
import type { RootSchema } from "../../scripts/formatter/schema-shape.js";
import { agreementSchema, catalogueSchema } from "../../scripts/model/validate.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

const AGREEMENT = agreementSchema([]) as RootSchema;
const CATALOGUE = catalogueSchema() as RootSchema;

function format(text: string, schema = AGREEMENT): string {
  const result = formatFile(text, schema);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.text;
}

function refused(result: FormatResult) {
  if (result.ok) throw new Error(`expected a refusal, got:\n${result.text}`);
  return result.problem;
}

const BODY = "# Ledningsavtal\n\n## Resultatmål\n\nText med ---, # och: kolon.\n";

describe("formatFile", () => {
  it("puts keys in the schema's order at every level, unknown keys last in their own order", () => {
    const text = [
      "---",
      "zeta: 1",
      "goals:",
      "  - title: Mål",
      "    meters:",
      "      - { target: \"12\", name: Antal }",
      "    section: result",
      "    id: mal",
      "title: Avtal",
      "alpha: 2",
      "id: avtal",
      "term: { end: 2024-08-31, start: 2019-09-01 }",
      "---",
      BODY,
    ].join("\n");
    expect(format(text)).toBe([
      "---",
      "id: avtal",
      "title: Avtal",
      "term: { start: 2019-09-01, end: 2024-08-31 }",
      "goals:",
      "  - id: mal",
      "    section: result",
      "    title: Mål",
      "    meters:",
      "      - { name: Antal, target: \"12\" }",
      "zeta: 1",
      "alpha: 2",
      "---",
      BODY,
    ].join("\n"));
  });

  it("keeps every comment with the key it was written above or beside, and the file's heading comment at the top", () => {
    const text = [
      "---",
      "# Heading of the file",
      "title: Avtal # the title",
      "# about the id",
      "id: avtal",
      "parties:",
      "  # the superior signs second",
      "  superior:",
      "    name: Anders # the minister",
      "    github: anders",
      "    title: Minister",
      "  official: { name: Maria, title: Chef, github: maria }",
      "goals:",
      "  # first goal",
      "  - title: Mål",
      "    id: mal",
      "---",
      BODY,
    ].join("\n");
    expect(format(text)).toBe([
      "---",
      "# Heading of the file",
      "# about the id",
      "id: avtal",
      "title: Avtal # the title",
      "parties:",
      "  official: { name: Maria, title: Chef, github: maria }",
      "  # the superior signs second",
      "  superior:",
      "    name: Anders # the minister",
      "    title: Minister",
      "    github: anders",
      "goals:",
      "  # first goal",
      "  - id: mal",
      "    title: Mål",
      "---",
      BODY,
    ].join("\n"));
  });

  it("keeps a comment above a list item above its dash, where a second run reads it back (found by the property test)", () => {
    const text = "---\ngoals:\n  # first\n  - title: Mål\n    id: mal\n    meters:\n      - # the meter\n        target: \"1\"\n        name: Antal\nwaivers: []\n---\n";
    const once = format(text);
    expect(once).toBe("---\ngoals:\n  # first\n  - id: mal\n    title: Mål\n    meters:\n      # the meter\n      - { name: Antal, target: \"1\" }\nwaivers: []\n---\n");
    expect(format(once)).toBe(once);
  });

  it("quotes text only where YAML needs it, and always targets, baselines and criteria, in double quotes", () => {
    const text = [
      "---",
      "title: 'Avtal för chefen'",
      "organisation: \"Ministeriet\"",
      "model: '2017'",
      "goals:",
      "  - id: mal",
      "    section: result",
      "    title: 'Mål: hållbar'",
      "    measures: ['Åtgärd # ett', \"Åtgärd två\"]",
      "    meters:",
      "      - name: Andel",
      "        target: '>= 80 %'",
      "        baseline: 55 %",
      "      - { name: Antal, target: 12 }",
      "    criteria: { good: i tid, poor: '< 97 %' }",
      "---",
      BODY,
    ].join("\n");
    expect(format(text)).toBe([
      "---",
      "title: Avtal för chefen",
      "organisation: Ministeriet",
      "model: \"2017\"",
      "goals:",
      "  - id: mal",
      "    section: result",
      "    title: \"Mål: hållbar\"",
      "    measures:",
      "      - \"Åtgärd # ett\"",
      "      - Åtgärd två",
      "    meters:",
      "      - { name: Andel, target: \">= 80 %\", baseline: \"55 %\" }",
      // A number stays a number: the data must not change.
      "      - { name: Antal, target: 12 }",
      "    criteria: { good: \"i tid\", poor: \"< 97 %\" }",
      "---",
      BODY,
    ].join("\n"));
  });

  it("writes dates as YYYY-MM-DD and leaves what is not a real date to the lint", () => {
    const text = "---\nagreed: 2020-4-5\nterm: { start: \"2019-09-01\", end: 2024-2-30 }\n---\n";
    expect(format(text)).toBe("---\nterm: { start: 2019-09-01, end: 2024-2-30 }\nagreed: 2020-04-05\n---\n");
  });

  it("writes a long record one key per line, and text over several lines as a block", () => {
    const long = "a".repeat(150);
    const text = `---\ngoals:\n  - id: mal\n    meters:\n      - { name: ${long}, target: "1" }\nevaluations:\n  - { year: 2019, summary: "Rad ett\\nrad två\\n" }\n---\n`;
    expect(format(text)).toBe(`---\ngoals:\n  - id: mal\n    meters:\n      - name: ${long}\n        target: "1"\nevaluations:\n  - year: 2019\n    summary: |\n      Rad ett\n      rad två\n---\n`);
  });

  it("keeps the body byte for byte, CRLF line endings included, and ends the file with a newline", () => {
    const body = "\r\n# Rubrik  \r\n\r\n---\r\n\ttext utan radslut";
    const text = `---\r\ntitle: 'Avtal'\r\nid: avtal\r\n---${body}`;
    expect(format(text)).toBe(`---\r\nid: avtal\r\ntitle: Avtal\r\n---${body}\n`);
  });

  it("is idempotent and already-formatted files are unchanged", () => {
    const once = format("---\ntitle: 'x'\nid: y\n---\nBody\n");
    const again = formatFile(once, AGREEMENT);
    expect(again).toEqual({ ok: true, text: once, changed: false });
  });

  it("leaves every shipped agreement and catalogue as it is (they are kept formatted), with the same data", () => {
    for (const folder of ["agreements", "goals"]) {
      for (const entry of readdirSync(join(REPOSITORY_ROOT, folder), { recursive: true, encoding: "utf8" })) {
        if (!entry.endsWith(".md") || entry.endsWith("README.md")) continue;
        const text = readFileSync(join(REPOSITORY_ROOT, folder, entry), "utf8");
        const result = formatFile(text, folder === "goals" ? CATALOGUE : AGREEMENT);
        expect(result, `${folder}/${entry}`).toEqual({ ok: true, text, changed: false });
      }
    }
  });

  it("orders a goal catalogue by the catalogue schema", () => {
    const text = "---\ngoals:\n  - title: { en: A, sv: B, fi: C }\n    id: a\ncycle: 2020\n---\n";
    expect(format(text, CATALOGUE)).toBe("---\ncycle: 2020\ngoals:\n  - id: a\n    title: { sv: B, fi: C, en: A }\n---\n");
  });
});

describe("formatFile refuses, and says where, rather than change what a file says", () => {
  it("a YAML syntax error: reported at its line and column, as the lint does", () => {
    const problem = refused(formatFile("---\nid: avtal\ntitle: \"never closed\n---\nBody\n", AGREEMENT));
    expect(problem).toMatchObject({ line: 3, column: 8 });
    expect(problem.message).toMatch(/quotation mark/);
  });

  it("a key written twice", () => {
    const problem = refused(formatFile("---\nid: a\ntitle: x\nid: b\n---\n", AGREEMENT));
    expect(problem.line).toBe(4);
    expect(problem.message).toMatch(/"id" appears twice/);
  });

  it("anchors and aliases: reordering could put *name above &name, which would no longer read", () => {
    // `title` sorts above `organisation`; written as is, *org would then come before its &org.
    const text = "---\nid: a\norganisation: &org Ministeriet\ntitle: *org\n---\n";
    const problem = refused(formatFile(text, AGREEMENT));
    expect(problem).toMatchObject({ line: 3, column: 15 });
    expect(problem.message).toMatch(/anchors or aliases/);
  });

  it("a line of three dashes inside a value would end the front matter early: the text is quoted, not cut", () => {
    const text = "---\ntitle: \"a\\n--- b\"\nid: x\n---\nBody\n";
    const formatted = format(text);
    expect(parse(formatted.split("\n---\n")[0]!.slice(4))).toEqual({ id: "x", title: "a\n--- b" });
  });

  it("a key that starts with three dashes stays quoted, so it cannot close the front matter", () => {
    const formatted = format("---\n\"---x\": 1\nid: a\n---\nBody\n");
    expect(formatted).toBe("---\nid: a\n\"---x\": 1\n---\nBody\n");
  });

  it("no front matter, an empty file, front matter never closed", () => {
    expect(refused(formatFile("# Just Markdown\n", AGREEMENT)).message).toMatch(/does not start with front matter/);
    expect(refused(formatFile("", AGREEMENT)).message).toMatch(/empty/);
    expect(refused(formatFile("---\nid: a\n", AGREEMENT)).message).toMatch(/never closed/);
  });

  it("front matter that is a list, not keys and values", () => {
    expect(refused(formatFile("---\n- a\n- b\n---\n", AGREEMENT)).message).toMatch(/list of keys and values/);
  });
});
