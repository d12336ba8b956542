import { describe, expect, it } from "vitest";
import type { FormatOptions } from "../../../scripts/lint/formats/formatter.js";
import { formatJson } from "../../../scripts/lint/formats/json.js";
import { formatText } from "../../../scripts/lint/formats/text.js";
import { DOCS_BASE, type Finding } from "../../../scripts/lint/finding.js";
import { finding } from "../../helpers/findings.js";
import { RULES } from "../../../scripts/rules/index.js";

const ANSI = /\u001b\[/;
const options: FormatOptions = { filesChecked: 5, color: false, rules: RULES, toolVersion: "0.0.0" };


const findings = [
  finding(),
  finding({ line: 8, column: 1, rule: "term-dates", message: "The term ends before it starts.", hint: "Swap the dates." }),
  finding({ file: "agreements/sm/b.md", line: 2, column: 7, rule: "legacy-model", severity: "warning", message: "Old model.", hint: "Move to 2017." }),
];

describe("formatText", () => {
  it("groups findings under their file, with file:line:col, severity, message, rule id and hint", () => {
    expect(formatText(findings, options)).toBe(
      [
        "agreements/vm/a.md",
        "agreements/vm/a.md:3:5  error    Something is wrong.  schema",
        "  → Fix it like this.",
        "agreements/vm/a.md:8:1  error    The term ends before it starts.  term-dates",
        "  → Swap the dates.",
        "",
        "agreements/sm/b.md",
        "agreements/sm/b.md:2:7  warning  Old model.  legacy-model",
        "  → Move to 2017.",
        "",
        "✖ 2 errors and 1 warning in 2 files (5 files checked).",
        "",
      ].join("\n"),
    );
  });

  it("ends with a warnings-only totals line when there are no errors", () => {
    const output = formatText([findings[2]!], options);
    expect(output.trimEnd().split("\n").at(-1)).toBe("⚠ 0 errors and 1 warning in 1 file (5 files checked).");
  });

  it("says the state is clean when there are no findings", () => {
    expect(formatText([], { ...options, filesChecked: 1 })).toBe("✔ 1 file checked: no problems.\n");
  });

  it("uses colour only when asked", () => {
    expect(formatText(findings, options)).not.toMatch(ANSI);
    expect(formatText([], options)).not.toMatch(ANSI);
    const coloured = formatText(findings, { ...options, color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain("\u001b[31merror  \u001b[0m");
    expect(coloured).toContain("\u001b[33mwarning\u001b[0m");
    // Without the escape codes it is the same text.
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(formatText(findings, options));
  });
});

describe("formatJson", () => {
  it("prints an array of findings with exactly the documented fields, in order", () => {
    const parsed = JSON.parse(formatJson(findings, options)) as Record<string, unknown>[];
    expect(parsed).toHaveLength(3);
    for (const item of parsed) {
      expect(Object.keys(item)).toEqual(["file", "line", "column", "endLine", "endColumn", "rule", "severity", "message", "hint", "docs"]);
    }
    expect(parsed[2]).toEqual({
      file: "agreements/sm/b.md",
      line: 2,
      column: 7,
      endLine: 3,
      endColumn: 9,
      rule: "legacy-model",
      severity: "warning",
      message: "Old model.",
      hint: "Move to 2017.",
      docs: `${DOCS_BASE}legacy-model`,
    });
  });

  it("drops fields that are not part of the format", () => {
    const extra = { ...finding(), secret: "not for output" } as Finding;
    expect(formatJson([extra], options)).not.toContain("secret");
  });

  it("prints an empty array when there are no findings", () => {
    expect(formatJson([], options)).toBe("[]\n");
  });
});
