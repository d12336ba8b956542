import { changeWords, type ChangeWords } from "../messages/changes.js";
import type { Language } from "../model/types.js";
import { describeChange, type OutlineLine, type Segment } from "./describe.js";
import { printable, shorten } from "../output/markdown-escape.js";
import type { AgreementChange, AgreementDiff, AgreementHistory, AgreementVersion, Value } from "./types.js";
import { historyVersionFacts, summariseDiff } from "./summary.js";

/**
 * Plain text for a terminal, in the reader's language (English when none is given). Text from a file is
 * quoted where it has spaces and never carries control characters.
 */
export function renderDiffText(diff: AgreementDiff, language: Language = "en"): string {
  const words = changeWords(language);
  const heading = words.diffHeading(refLabel(diff.from), refLabel(diff.to));
  if (diff.agreements.length === 0) return `${heading}: ${words.noneChanged}.\n`;
  const out = [heading, `${summariseDiff(diff.agreements, words)}.`, ""];
  for (const change of diff.agreements) out.push(...changeLines(change, true, language), "");
  return `${out.join("\n").trimEnd()}\n`;
}

/** Plain text for one agreement's history: a block per version, newest first. */
export function renderHistoryText(history: AgreementHistory, language: Language = "en"): string {
  const words = changeWords(language);
  const newest = history.versions[0]?.change;
  const name = newest?.title !== undefined ? `${quoteName(newest.title)} (${newest.id ?? ""})` : printable(history.path);
  const out = [`${words.historyHeading(name)}, ${printable(history.path)}: ${words.versions(history.versions.length)}.`, ""];
  for (const version of history.versions) out.push(...versionLines(version, language), "");
  return `${out.join("\n").trimEnd()}\n`;
}

function versionLines(version: AgreementVersion, language: Language): string[] {
  const facts = historyVersionFacts(version, undefined, language);
  const lines = [[facts.date, facts.shortCommit, printable(version.author.name), ...(facts.pullRequest ? [facts.pullRequest] : [])].join("  ")];
  lines.push(`  ${printable(version.subject)}`);
  if (facts.tagsLine) lines.push(`  ${facts.tagsLine}`);
  lines.push(...changeLines(version.change, false, language));
  return lines;
}

/** The agreement's title (in a diff), then indented: the file, and each group of changes. */
function changeLines(change: AgreementChange, withTitle: boolean, language: Language): string[] {
  const words = changeWords(language);
  const outline = describeChange(change, language);
  const lines = withTitle ? [outline.title.map((segment) => segmentText(segment, words, true)).join("")] : [];
  lines.push(`  ${outline.file.map((segment) => segmentText(segment, words)).join("")}`);
  for (const group of outline.groups) {
    lines.push(`  ${group.title}:`);
    for (const item of group.lines) lines.push(...outlineLines(item, "    ", words));
  }
  return lines;
}

function outlineLines(item: OutlineLine, indent: string, words: ChangeWords): string[] {
  const lines = [`${indent}${item.segments.map((segment) => segmentText(segment, words)).join("")}`];
  for (const child of item.children ?? []) lines.push(...outlineLines(child, `${indent}  `, words));
  if (item.diff) {
    for (const diffLine of item.diff.lines) lines.push(`${indent}  ${diffLine.op} ${printable(diffLine.text)}`);
    if (item.diff.omitted > 0) lines.push(`${indent}  ${words.moreLines(item.diff.omitted)}`);
  }
  return lines;
}

function segmentText(segment: Segment, words: ChangeWords, bare = false): string {
  if ("text" in segment) return segment.text;
  if ("name" in segment) return bare ? printable(shorten(segment.name)) : quoteName(segment.name);
  return valueText(segment.value, words);
}

function valueText(value: Value | undefined, words: ChangeWords): string {
  if (value === undefined) return words.none;
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
