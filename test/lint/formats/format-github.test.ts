import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FormatOptions } from "../../../scripts/lint/formats/formatter.js";
import { escapeData, escapeProperty, formatGithubAnnotations, formatGithubSummary, SUMMARY_LIMIT_BYTES } from "../../../scripts/lint/formats/github.js";
import { escapeCell } from "../../../scripts/output/markdown-escape.js";
import { DOCS_BASE } from "../../../scripts/lint/finding.js";
import { finding } from "../../helpers/findings.js";
import { RULES } from "../../../scripts/rules/index.js";
import { lintFixture, REPOSITORY_ROOT } from "../../helpers/fixtures.js";

const options: FormatOptions = { filesChecked: 4, color: false, rules: RULES, toolVersion: "0.0.0" };


const HOSTILE = 'Got "100% done, a:b | <script>alert(1)</script> & more\r\n::error::pwned\n::warning file=x::y';

/** The runner's own reading of a command's message and properties (actions/runner ActionCommand.Unescape*). */
function unescapeData(text: string): string {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
function unescapeProperty(text: string): string {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
}

/** Splits one annotation line as the runner does: `::command key=value,key=value::message`. */
function parseCommand(line: string) {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  expect(match, `not a workflow command: ${line}`).not.toBeNull();
  const [, command, rawProperties, data] = match!;
  const properties = Object.fromEntries(
    rawProperties!.split(",").map((pair) => {
      const [key, ...value] = pair.split("=");
      return [key!, unescapeProperty(value.join("="))];
    }),
  );
  return { command, properties, message: unescapeData(data!) };
}

describe("escaping", () => {
  it("escapes a message as @actions/core's escapeData does", () => {
    expect(escapeData("100%\r\n::error::x, a:b")).toBe("100%25%0D%0A::error::x, a:b");
  });

  it("escapes a property as @actions/core's escapeProperty does", () => {
    expect(escapeProperty("100%\r\n::error::x, a:b")).toBe("100%25%0D%0A%3A%3Aerror%3A%3Ax%2C a%3Ab");
  });

  it("escapes % first, so an escape sequence already in the text survives the round trip", () => {
    expect(unescapeData(escapeData("%0A and %25"))).toBe("%0A and %25");
    expect(unescapeProperty(escapeProperty("%2C, %3A:"))).toBe("%2C, %3A:");
  });

  it("makes table cells inert: HTML, pipes, Markdown and line breaks", () => {
    expect(escapeCell('<script>alert("x")</script> & a | b\r\nc\nd')).toBe(
      "&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; a &#124; b c d",
    );
    expect(escapeCell("[link](https://example.com) *bold* `code` _em_")).not.toMatch(/[[\]*`_]/);
  });
});

describe("formatGithubAnnotations", () => {
  it("writes one ::error or ::warning command per finding with file, position and rule as title", () => {
    const output = formatGithubAnnotations(
      [finding(), finding({ rule: "legacy-model", severity: "warning", file: "agreements/sm/b.md", line: 7, column: 1, endLine: 7, endColumn: 14 })],
      options,
    );
    const lines = output.trimEnd().split("\n");
    expect(lines.slice(0, 2)).toEqual([
      "::error file=agreements/vm/a.md,line=3,col=5,endLine=3,endColumn=9,title=schema::Something is wrong. Fix it like this.",
      "::warning file=agreements/sm/b.md,line=7,col=1,endLine=7,endColumn=14,title=legacy-model::Something is wrong. Fix it like this.",
    ]);
    expect(lines[2]).toBe("agreements: 1 error and 1 warning in 2 files (4 files checked). The job summary lists them all.");
    expect(output.endsWith("\n")).toBe(true);
  });

  it("never lets text from a file start a line or add a property, and the runner reads back the exact text", () => {
    const hostile = finding({ file: "agreements/vm/a,b:c%.md", message: HOSTILE, hint: "Hint with ::notice::\ninside" });
    const output = formatGithubAnnotations([hostile], options);
    const lines = output.split(/\r\n|\r|\n/).filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines.filter((line) => line.startsWith("::"))).toHaveLength(1);
    const parsed = parseCommand(lines[0]!);
    expect(parsed.command).toBe("error");
    expect(parsed.properties).toEqual({ file: "agreements/vm/a,b:c%.md", line: "3", col: "5", endLine: "3", endColumn: "9", title: "schema" });
    expect(parsed.message).toBe(`${HOSTILE} Hint with ::notice::\ninside`);
  });

  it("says plainly when there is nothing to fix", () => {
    expect(formatGithubAnnotations([], options)).toBe("agreements: 4 files checked, no problems.\n");
  });

  it("keeps a real hostile key in a real agreement on its own annotation line", () => {
    const { findings } = lintFixture(join(REPOSITORY_ROOT, "test", "fixtures", "cli", "errors"), "2020-05-01");
    const lines = formatGithubAnnotations(findings, options).split(/\r\n|\r|\n/).filter(Boolean);
    expect(lines.filter((line) => line.startsWith("::"))).toHaveLength(findings.length);
    expect(findings.some((item) => item.message.includes("::error::pwned"))).toBe(true);
    for (const line of lines.slice(0, -1)) expect(parseCommand(line).command).toBe("error");
  });
});

describe("formatGithubSummary", () => {
  it("lists every finding, beyond GitHub's annotation caps, with a heading and totals", () => {
    const many = Array.from({ length: 120 }, (_, index) =>
      finding({ file: `agreements/vm/f${String(index).padStart(3, "0")}.md`, line: index + 1, severity: index % 3 === 0 ? "warning" : "error" }),
    );
    const summary = formatGithubSummary(many, { ...options, filesChecked: 150 });
    const lines = summary.split("\n");
    expect(lines[0]).toBe("## Agreements lint");
    expect(summary).toContain("**80 errors** and **40 warnings** in 120 files (150 files checked).");
    const rows = lines.filter((line) => line.startsWith("| agreements/"));
    expect(rows).toHaveLength(120);
    expect(rows[0]).toBe(`| agreements/vm/f000.md:1:5 | warning | [schema](${DOCS_BASE}schema) | Something is wrong. Fix it like this. |`);
    expect(rows[119]).toContain("agreements/vm/f119.md:120:5 | error");
  });

  it("HTML-escapes text from files and keeps each finding on one table row with four cells", () => {
    const summary = formatGithubSummary([finding({ message: HOSTILE, file: "agreements/vm/<b>|x.md" })], options);
    const rows = summary.split("\n").filter((line) => line.startsWith("| agreements/"));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.split("|")).toHaveLength(6);
    expect(rows[0]).not.toMatch(/<|>|"/);
    expect(rows[0]).toContain("&#60;script&#62;alert(1)&#60;/script&#62; &#38; more ::error::pwned ::warning file=x::y");
    expect(rows[0]).toContain("agreements/vm/&#60;b&#62;&#124;x.md:3:5");
    expect(summary.split("\n").some((line) => line.startsWith("::"))).toBe(false);
  });

  it("says the state is clean when there are no findings", () => {
    expect(formatGithubSummary([], options)).toBe("## Agreements lint\n\n✅ 4 files checked: no problems.\n\n");
  });
});

describe("formatGithubSummary size", () => {
  it("stops under GitHub's 1 MiB limit with a note of how many findings were left out", () => {
    const many = Array.from({ length: 20_000 }, (_, index) => finding({ line: index + 1, message: `Problem number ${index} with a fairly long explanation.` }));
    const summary = formatGithubSummary(many, options);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES + 200);
    const rows = summary.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| Where") && !line.startsWith("| ---"));
    const left = Number(/… and (\d+) more findings/.exec(summary)?.[1]);
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows.length + left).toBe(many.length);
  });
});
