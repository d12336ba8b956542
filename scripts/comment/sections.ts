import { approvalsMarkdownParts } from "../approvals/render-markdown.js";
import type { ApprovalResult } from "../approvals/types.js";
import { codeSpan } from "../changes/markdown-escape.js";
import { renderDiffMarkdown } from "../changes/render-markdown.js";
import type { AgreementDiff } from "../changes/types.js";
import { plural } from "../format/formatter.js";
import type { Finding } from "../lint/finding.js";
import type { CommentSection } from "./build.js";
import { cellText } from "./escape.js";

/** The approval state (see `approvalsMarkdownParts`): first in the comment and never cut whole. */
export function approvalsSection(result: ApprovalResult): CommentSection {
  const parts = approvalsMarkdownParts(result);
  return {
    label: "the approval table",
    head: parts.head,
    itemsHead: parts.tableHead,
    items: parts.rows,
    itemNoun: ["agreement", "agreements"],
    ...(parts.foot !== undefined ? { foot: parts.foot } : {}),
    keep: true,
  };
}

/**
 * The structured diff (as `agreements diff --format markdown` writes it), one section per changed agreement,
 * so a very long change to one agreement is cut without taking the others with it. Everything in it comes
 * escaped from `renderDiffMarkdown`.
 */
export function changesSections(diff: AgreementDiff): CommentSection[] {
  const lines = renderDiffMarkdown(diff).trimEnd().split("\n");
  // Each agreement's block starts with a "### " heading; nothing else the renderer writes starts a line so.
  const starts = lines.flatMap((line, index) => (line.startsWith("### ") ? [index] : []));
  if (starts.length !== diff.agreements.length) {
    return [{ label: "the changes in the agreements", head: lines.join("\n") }];
  }
  const intro: CommentSection = { label: "the heading of the changes", head: lines.slice(0, starts[0] ?? lines.length).join("\n") };
  return [
    intro,
    ...starts.map((start, index) => ({
      label: `the changes in ${codeSpan(diff.agreements[index]!.path)}`,
      head: lines.slice(start, starts[index + 1] ?? lines.length).join("\n"),
    })),
  ];
}

export interface LintSummaryInput {
  /** Findings of the lint run; those outside `changedFiles` are only counted. */
  findings: readonly Finding[];
  filesChecked: number;
  /** The files the pull request changes: their findings are listed. */
  changedFiles: readonly string[];
}

/** Lint totals for the changed files and a table of their findings, every cell escaped. */
export function lintSection(input: LintSummaryInput): CommentSection {
  const changed = new Set(input.changedFiles);
  const listed = input.findings.filter((finding) => changed.has(finding.file));
  const elsewhere = input.findings.length - listed.length;
  const errors = listed.filter((finding) => finding.severity === "error").length;
  const warnings = listed.length - errors;
  const checked = plural(input.filesChecked, "file");
  const totals =
    listed.length === 0
      ? `✅ No problems in the files this pull request changes (${checked} checked).`
      : `${errors > 0 ? "❌" : "⚠️"} **${plural(errors, "error")}** and **${plural(warnings, "warning")}** in ${plural(new Set(listed.map((finding) => finding.file)).size, "file")} this pull request changes (${checked} checked).`;
  const foot =
    elsewhere > 0
      ? `${plural(elsewhere, "more finding")} in files this pull request does not change: \`npx agreements lint\` lists them.`
      : undefined;
  return {
    label: "the lint table",
    head: ["## Lint", "", totals].join("\n"),
    itemsHead: "| Where | Severity | Rule | Problem and how to fix it |\n| --- | --- | --- | --- |",
    items: listed.map(findingRow),
    itemNoun: ["finding", "findings"],
    ...(foot !== undefined ? { foot } : {}),
  };
}

function findingRow(finding: Finding): string {
  const where = cellText(`${finding.file}:${finding.line}:${finding.column}`);
  const text = cellText(finding.hint ? `${finding.message} ${finding.hint}` : finding.message);
  // The docs link is ours (DOCS_BASE and a rule id): only the link text needs escaping.
  return `| ${where} | ${finding.severity} | [${cellText(finding.rule)}](${finding.docs}) | ${text} |`;
}
