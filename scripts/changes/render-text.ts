import { describeChange, type OutlineLine, type Segment } from "./describe.js";
import { printable, shorten } from "../output/markdown-escape.js";
import type { AgreementChange, AgreementDiff, AgreementHistory, AgreementVersion, Value } from "./types.js";
import { historyVersionFacts, summariseDiff } from "./summary.js";

/** Plain text for a terminal. Text from a file is quoted where it has spaces and never carries control characters. */
export function renderDiffText(diff: AgreementDiff): string {
  const heading = `Changes in agreements from ${refLabel(diff.from)} to ${refLabel(diff.to)}`;
  if (diff.agreements.length === 0) return `${heading}: no agreement changed.\n`;
  const out = [heading, `${summariseDiff(diff.agreements)}.`, ""];
  for (const change of diff.agreements) out.push(...changeLines(change, true), "");
  return `${out.join("\n").trimEnd()}\n`;
}

/** Plain text for one agreement's history: a block per version, newest first. */
export function renderHistoryText(history: AgreementHistory): string {
  const count = history.versions.length;
  const newest = history.versions[0]?.change;
  const name = newest?.title !== undefined ? `${quoteName(newest.title)} (${newest.id ?? ""})` : printable(history.path);
  const out = [`History of ${name}, ${printable(history.path)}: ${count} version${count === 1 ? "" : "s"}, newest first.`, ""];
  for (const version of history.versions) out.push(...versionLines(version), "");
  return `${out.join("\n").trimEnd()}\n`;
}

function versionLines(version: AgreementVersion): string[] {
  const facts = historyVersionFacts(version);
  const lines = [[facts.date, facts.shortCommit, printable(version.author.name), ...(facts.pullRequest ? [facts.pullRequest] : [])].join("  ")];
  lines.push(`  ${printable(version.subject)}`);
  if (facts.tagsLine) lines.push(`  ${facts.tagsLine}`);
  lines.push(...changeLines(version.change, false));
  return lines;
}

/** The agreement's title (in a diff), then indented: the file, and each group of changes. */
function changeLines(change: AgreementChange, withTitle: boolean): string[] {
  const outline = describeChange(change);
  const lines = withTitle ? [outline.title.map((segment) => segmentText(segment, true)).join("")] : [];
  lines.push(`  ${outline.file.map((segment) => segmentText(segment)).join("")}`);
  for (const group of outline.groups) {
    lines.push(`  ${group.title}:`);
    for (const item of group.lines) lines.push(...outlineLines(item, "    "));
  }
  return lines;
}

function outlineLines(item: OutlineLine, indent: string): string[] {
  const lines = [`${indent}${item.segments.map((segment) => segmentText(segment)).join("")}`];
  for (const child of item.children ?? []) lines.push(...outlineLines(child, `${indent}  `));
  if (item.diff) {
    for (const diffLine of item.diff.lines) lines.push(`${indent}  ${diffLine.op} ${printable(diffLine.text)}`);
    if (item.diff.omitted > 0) lines.push(`${indent}  … and ${item.diff.omitted} more changed line${item.diff.omitted === 1 ? "" : "s"}`);
  }
  return lines;
}

function segmentText(segment: Segment, bare = false): string {
  if ("text" in segment) return segment.text;
  if ("name" in segment) return bare ? printable(shorten(segment.name)) : quoteName(segment.name);
  return valueText(segment.value);
}

function valueText(value: Value | undefined): string {
  if (value === undefined) return "(none)";
  if (typeof value !== "string") return String(value);
  const text = shorten(value);
  return text === "" || /[\s"',()→:]/.test(text) ? quote(text) : printable(text);
}

function quoteName(name: string): string {
  return quote(shorten(name));
}

/** Double quotes, with quotes and control characters escaped as JSON does; letters like ä stay as they are. */
function quote(text: string): string {
  return JSON.stringify(text);
}

function refLabel(side: { ref: string; commit: string }): string {
  return side.commit.startsWith(side.ref) ? side.commit.slice(0, 7) : `${printable(side.ref)} (${side.commit.slice(0, 7)})`;
}
