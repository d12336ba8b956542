import type { Finding } from "../finding.js";
import { workflowCommand, type WorkflowCommand } from "../../output/guard.js";
import { escapeCell } from "../../output/markdown-escape.js";
import type { Language } from "../../model/types.js";
import { outputWords, totalsLine } from "../../messages/output.js";
import type { Formatter } from "./formatter.js";

// The escaping lives with the output guard, which lets only commands built there start a line with "::".
export { escapeData, escapeProperty } from "../../output/guard.js";

function annotation(finding: Finding): WorkflowCommand {
  const text = finding.hint ? `${finding.message} ${finding.hint}` : finding.message;
  return workflowCommand(
    finding.severity === "error" ? "error" : "warning",
    { file: finding.file, line: finding.line, col: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, title: finding.rule },
    text,
  );
}

function totals(findings: readonly Finding[], filesChecked: number): { errors: number; warnings: number; files: number; checked: number } {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  return { errors, warnings: findings.length - errors, files: new Set(findings.map((finding) => finding.file)).size, checked: filesChecked };
}

/**
 * One annotation per finding (`::error file=...,line=...::message hint`), then a plain totals line for whoever
 * reads the log. GitHub shows only some annotations per step; the job summary lists them all. The annotations
 * are {@link WorkflowCommand}s, which the output guard lets through as the commands they are.
 */
export function githubAnnotationLines(findings: readonly Finding[], filesChecked: number, language?: Language): (WorkflowCommand | string)[] {
  const counts = totals(findings, filesChecked);
  const words = outputWords(language);
  const last = findings.length === 0 ? words.logClean(words.checkedFiles(filesChecked)) : words.logTotals(totalsLine(words, counts));
  return [...findings.map(annotation), last];
}

/** {@link githubAnnotationLines} as text, in the one shape every formatter has. */
export const formatGithubAnnotations: Formatter = (findings, options) =>
  `${githubAnnotationLines(findings, options.filesChecked, options.language)
    .map((line) => (typeof line === "string" ? line : line.line))
    .join("\n")}\n`;

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
  const counts = totals(findings, options.filesChecked);
  const words = outputWords(options.language);
  const lines = [words.summaryHeading, ""];
  if (findings.length === 0) {
    lines.push(`✅ ${words.clean(words.checkedFiles(options.filesChecked))}`, "");
    return `${lines.join("\n")}\n`;
  }
  lines.push(
    `${counts.errors > 0 ? "❌" : "⚠️"} ${totalsLine(words, counts, true)}`,
    "",
    words.summaryColumns,
    "| --- | --- | --- | --- |",
  );
  let bytes = Buffer.byteLength(lines.join("\n"));
  for (const [index, finding] of findings.entries()) {
    const where = escapeCell(`${finding.file}:${finding.line}:${finding.column}`);
    const text = escapeCell(finding.hint ? `${finding.message} ${finding.hint}` : finding.message);
    const row = `| ${where} | ${finding.severity === "error" ? words.error : words.warning} | [${escapeCell(finding.rule)}](${finding.docs}) | ${text} |`;
    bytes += Buffer.byteLength(row) + 1;
    if (bytes > SUMMARY_LIMIT_BYTES) {
      lines.push("", words.summaryCut(findings.length - index));
      break;
    }
    lines.push(row);
  }
  lines.push("");
  return `${lines.join("\n")}\n`;
};
