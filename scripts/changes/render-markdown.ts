import { describeChange, type ChangeOutline, type OutlineLine, type Segment } from "./describe.js";
import { codeSpan, escapeMarkdownText, fencedBlock, printable } from "../output/markdown-escape.js";
import { historyVersionFacts, summariseDiff } from "./summary.js";
import type { AgreementChange, AgreementDiff, AgreementHistory, AgreementVersion, Value } from "./types.js";

/**
 * Markdown for a pull request comment: a heading per agreement, bullet lists, old → new values as
 * inline code. Everything taken from a file or from Git goes through `codeSpan` or
 * `escapeMarkdownText`, so no agreement can break the comment's layout or mention anyone.
 */
export function renderDiffMarkdown(diff: AgreementDiff): string {
  const out = [`## Changes in agreements from ${refLabel(diff.from)} to ${refLabel(diff.to)}`, ""];
  if (diff.agreements.length === 0) {
    out.push("No agreement changed.");
    return `${out.join("\n")}\n`;
  }
  out.push(`${summariseDiff(diff.agreements)}.`, "");
  for (const change of diff.agreements) out.push(...changeBlock(change, "###"), "");
  return tidy(out);
}

/** Markdown for one agreement's history: a heading per version, newest first. */
export function renderHistoryMarkdown(history: AgreementHistory): string {
  const newest = history.versions[0]?.change;
  const name = newest?.title !== undefined ? `${escapeMarkdownText(newest.title)} (${codeSpan(newest.id ?? "")})` : codeSpan(history.path);
  const count = history.versions.length;
  const out = [`## History of ${name}`, "", `${codeSpan(history.path)}: ${count} version${count === 1 ? "" : "s"}, newest first.`, ""];
  for (const version of history.versions) out.push(...versionBlock(version), "");
  return tidy(out);
}

function versionBlock(version: AgreementVersion): string[] {
  const facts = historyVersionFacts(version, codeSpan);
  // "#12" is our own number, left bare so GitHub links the pull request.
  const heading = [facts.date, ...(facts.pullRequest ? [facts.pullRequest] : []), codeSpan(facts.shortCommit)].join(" · ");
  const out = [`### ${heading}`, "", `${escapeMarkdownText(version.author.name)}: ${escapeMarkdownText(version.subject)}`];
  if (facts.tagsLine) out.push("", facts.tagsLine);
  out.push("", ...changeBody(describeChange(version.change)));
  return out;
}

function changeBlock(change: AgreementChange, level: string): string[] {
  const outline = describeChange(change);
  return [`${level} ${outline.title.map((segment) => segmentMarkdown(segment, true)).join("")}`, "", ...changeBody(outline)];
}

function changeBody(outline: ChangeOutline): string[] {
  const out = [outline.file.map((segment) => segmentMarkdown(segment)).join("")];
  for (const group of outline.groups) {
    out.push("", `**${group.title}**`, "");
    for (const item of group.lines) out.push(...itemLines(item, ""));
  }
  return out;
}

function itemLines(item: OutlineLine, indent: string): string[] {
  const lines = [`${indent}- ${item.segments.map((segment) => segmentMarkdown(segment)).join("")}`];
  const inner = `${indent}  `;
  for (const child of item.children ?? []) lines.push(...itemLines(child, inner));
  if (item.diff) {
    lines.push("", fencedBlock(item.diff.lines.map((line) => `${line.op} ${printable(line.text)}`), "diff", inner));
    if (item.diff.omitted > 0) lines.push("", `${inner}*… and ${item.diff.omitted} more changed line${item.diff.omitted === 1 ? "" : "s"}*`);
    lines.push("");
  }
  return lines;
}

function segmentMarkdown(segment: Segment, inHeading = false): string {
  if ("text" in segment) return segment.text;
  if ("name" in segment) {
    const name = segment.name.trim();
    if (name === "") return "*(empty)*";
    return inHeading ? escapeMarkdownText(name) : `*${escapeMarkdownText(name)}*`;
  }
  return valueMarkdown(segment.value);
}

function valueMarkdown(value: Value | undefined): string {
  if (value === undefined) return "*(none)*";
  return codeSpan(String(value));
}

function refLabel(side: { ref: string; commit: string }): string {
  return side.commit.startsWith(side.ref) ? codeSpan(side.commit.slice(0, 7)) : `${codeSpan(side.ref)} (${codeSpan(side.commit.slice(0, 7))})`;
}

/** One blank line between blocks (no line of a diff block is ever blank, so none is lost there). */
function tidy(lines: readonly string[]): string {
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
