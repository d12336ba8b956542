import { approvalsMarkdownParts } from "../approvals/render-markdown.js";
import type { ApprovalResult } from "../approvals/types.js";
import { cellText, codeSpan } from "../../output/markdown-escape.js";
import { renderDiffMarkdown } from "../../changes/render-markdown.js";
import type { AgreementDiff } from "../../changes/types.js";
import type { Finding } from "../../lint/finding.js";
import { approvalWords, type ApprovalWords } from "../../messages/approvals.js";
import type { Language } from "../../model/types.js";
import type { LintSummaryInput } from "../lint-head.js";
import type { CommentSection } from "./build.js";

/** The approval state (see `approvalsMarkdownParts`): first in the comment and never cut whole. */
export function approvalsSection(result: ApprovalResult, language?: Language): CommentSection {
  const words = approvalWords(language);
  const parts = approvalsMarkdownParts(result, language);
  return {
    label: words.approvalTable,
    head: parts.head,
    itemsHead: parts.tableHead,
    items: parts.rows,
    itemNoun: words.agreementNoun,
    ...(parts.foot !== undefined ? { foot: parts.foot } : {}),
    keep: true,
  };
}

/**
 * The structured diff (as `agreements diff --format markdown` writes it), one section per changed agreement,
 * so a very long change to one agreement is cut without taking the others with it. Everything in it comes
 * escaped from `renderDiffMarkdown`.
 */
export function changesSections(diff: AgreementDiff, language?: Language): CommentSection[] {
  const words = approvalWords(language);
  const lines = renderDiffMarkdown(diff, language).trimEnd().split("\n");
  // Each agreement's block starts with a "### " heading; nothing else the renderer writes starts a line so.
  const starts = lines.flatMap((line, index) => (line.startsWith("### ") ? [index] : []));
  if (starts.length !== diff.agreements.length) {
    return [{ label: words.changesWhole, head: lines.join("\n") }];
  }
  const intro: CommentSection = { label: words.changesHeading, head: lines.slice(0, starts[0] ?? lines.length).join("\n") };
  return [
    intro,
    ...starts.map((start, index) => ({
      label: words.changesIn(codeSpan(diff.agreements[index]!.path)),
      head: lines.slice(start, starts[index + 1] ?? lines.length).join("\n"),
    })),
  ];
}

/** Lint totals for the changed files and a table of their findings, every cell escaped. */
export function lintSection(input: LintSummaryInput, language?: Language): CommentSection {
  const words = approvalWords(language);
  const changed = new Set(input.changedFiles);
  const listed = input.findings.filter((finding) => changed.has(finding.file));
  const elsewhere = input.findings.length - listed.length;
  const errors = listed.filter((finding) => finding.severity === "error").length;
  const warnings = listed.length - errors;
  const totals =
    listed.length === 0
      ? words.lintClean(input.filesChecked)
      : `${errors > 0 ? "❌" : "⚠️"} ${words.lintTotals(errors, warnings, new Set(listed.map((finding) => finding.file)).size, input.filesChecked)}`;
  const foot = elsewhere > 0 ? words.lintElsewhere(elsewhere) : undefined;
  return {
    label: words.lintTable,
    head: [words.lintHeading, "", totals].join("\n"),
    itemsHead: words.lintColumns,
    items: listed.map((finding) => findingRow(finding, words)),
    itemNoun: words.findingNoun,
    ...(foot !== undefined ? { foot } : {}),
  };
}

function findingRow(finding: Finding, words: ApprovalWords): string {
  const where = cellText(`${finding.file}:${finding.line}:${finding.column}`);
  const text = cellText(finding.hint ? `${finding.message} ${finding.hint}` : finding.message);
  // The docs link is ours (DOCS_BASE and a rule id): only the link text needs escaping.
  return `| ${where} | ${words.severity[finding.severity]} | [${cellText(finding.rule)}](${finding.docs}) | ${text} |`;
}
