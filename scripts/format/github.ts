import type { Finding } from "../lint/finding.js";
import { showBidi, workflowCommand, type WorkflowCommand } from "../output/guard.js";
import { plural, type Formatter } from "./formatter.js";

// The escaping lives with the output guard, which lets only commands built there start a line with "::".
export { escapeData, escapeProperty } from "../output/guard.js";

function annotation(finding: Finding): WorkflowCommand {
  const text = finding.hint ? `${finding.message} ${finding.hint}` : finding.message;
  return workflowCommand(
    finding.severity === "error" ? "error" : "warning",
    { file: finding.file, line: finding.line, col: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, title: finding.rule },
    text,
  );
}

function totals(findings: readonly Finding[], filesChecked: number): { errors: number; warnings: number; files: number; checked: string } {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  return { errors, warnings: findings.length - errors, files: new Set(findings.map((finding) => finding.file)).size, checked: plural(filesChecked, "file") };
}

/**
 * One annotation per finding (`::error file=...,line=...::message hint`), then a plain totals line for whoever
 * reads the log. GitHub shows only some annotations per step; the job summary lists them all. The annotations
 * are {@link WorkflowCommand}s, which the output guard lets through as the commands they are.
 */
export function githubAnnotationLines(findings: readonly Finding[], filesChecked: number): (WorkflowCommand | string)[] {
  const { errors, warnings, files, checked } = totals(findings, filesChecked);
  const last =
    findings.length === 0
      ? `agreements: ${checked} checked, no problems.`
      : `agreements: ${plural(errors, "error")} and ${plural(warnings, "warning")} in ${plural(files, "file")} (${checked} checked). The job summary lists them all.`;
  return [...findings.map(annotation), last];
}

/** {@link githubAnnotationLines} as text, in the one shape every formatter has. */
export const formatGithubAnnotations: Formatter = (findings, options) =>
  `${githubAnnotationLines(findings, options.filesChecked)
    .map((line) => (typeof line === "string" ? line : line.line))
    .join("\n")}\n`;

/** Characters that HTML or a Markdown table would read as markup, written as character references instead. */
const MARKUP = /[&<>"'|\\`*_[\]~]/g;

/**
 * Makes text from a file safe in a Markdown table cell: HTML-escaped, `|` unable to end the cell, Markdown
 * emphasis, links and code unable to start, and line breaks (which would end the table row) turned to spaces.
 */
export function escapeCell(text: string): string {
  return showBidi(text.replace(MARKUP, (character) => `&#${character.charCodeAt(0)};`).replace(/\r\n|[\r\n\u2028\u2029]/g, " "));
}

/**
 * GitHub drops a step's whole job summary when it exceeds 1 MiB; stopping short of that with a note keeps
 * the thousands of rows that fit instead of losing them all.
 */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

/**
 * The job summary (`$GITHUB_STEP_SUMMARY`): a heading, totals, and a table of every finding. It is not capped
 * as annotations are, so it is where an official sees all that is wrong at once.
 */
export const formatGithubSummary: Formatter = (findings, options) => {
  const { errors, warnings, files, checked } = totals(findings, options.filesChecked);
  const lines = ["## Agreements lint", ""];
  if (findings.length === 0) {
    lines.push(`✅ ${checked} checked: no problems.`, "");
    return `${lines.join("\n")}\n`;
  }
  lines.push(
    `${errors > 0 ? "❌" : "⚠️"} **${plural(errors, "error")}** and **${plural(warnings, "warning")}** in ${plural(files, "file")} (${checked} checked).`,
    "",
    "| Where | Severity | Rule | Problem and how to fix it |",
    "| --- | --- | --- | --- |",
  );
  let bytes = Buffer.byteLength(lines.join("\n"));
  for (const [index, finding] of findings.entries()) {
    const where = escapeCell(`${finding.file}:${finding.line}:${finding.column}`);
    const text = escapeCell(finding.hint ? `${finding.message} ${finding.hint}` : finding.message);
    const row = `| ${where} | ${finding.severity} | [${escapeCell(finding.rule)}](${finding.docs}) | ${text} |`;
    bytes += Buffer.byteLength(row) + 1;
    if (bytes > SUMMARY_LIMIT_BYTES) {
      lines.push("", `… and ${plural(findings.length - index, "more finding")}: the summary is limited to 1 MB. Run \`npx agreements lint\` to see them all.`);
      break;
    }
    lines.push(row);
  }
  lines.push("");
  return `${lines.join("\n")}\n`;
};
