import { changeWords, type ChangeWords } from "../messages/changes.js";
import type { Language } from "../model/types.js";
import { describeChange, type ChangeOutline, type OutlineLine, type Segment } from "./describe.js";
import { codeSpan, escapeMarkdownText, fencedBlock, printable } from "../output/markdown-escape.js";
import { historyVersionFacts, summariseDiff } from "./summary.js";
import type { AgreementChange, AgreementDiff, AgreementHistory, AgreementVersion, Value } from "./types.js";

/**
 * Markdown for a pull request comment: a heading per agreement, bullet lists, old → new values as
 * inline code. Everything taken from a file or from Git goes through `codeSpan` or
 * `escapeMarkdownText`, so no agreement can break the comment's layout or mention anyone.
 */
export function renderDiffMarkdown(diff: AgreementDiff, language: Language = "en"): string {
  const words = changeWords(language);
  const out = [`## ${words.diffHeading(refLabel(diff.from), refLabel(diff.to))}`, ""];
  if (diff.agreements.length === 0) {
    out.push(`${capitalise(words.noneChanged)}.`);
    return `${out.join("\n")}\n`;
  }
  out.push(`${summariseDiff(diff.agreements, words)}.`, "");
  for (const change of diff.agreements) out.push(...changeBlock(change, "###", language), "");
  return tidy(out);
}

/** Markdown for one agreement's history: a heading per version, newest first. */
export function renderHistoryMarkdown(history: AgreementHistory, language: Language = "en"): string {
  const words = changeWords(language);
  const newest = history.versions[0]?.change;
  const name = newest?.title !== undefined ? `${escapeMarkdownText(newest.title)} (${codeSpan(newest.id ?? "")})` : codeSpan(history.path);
  const out = [`## ${words.historyHeading(name)}`, "", `${codeSpan(history.path)}: ${words.versions(history.versions.length)}.`, ""];
  for (const version of history.versions) out.push(...versionBlock(version, language), "");
  return tidy(out);
}

function versionBlock(version: AgreementVersion, language: Language): string[] {
  const facts = historyVersionFacts(version, codeSpan, language);
  // "#12" is our own number, left bare so GitHub links the pull request.
  const heading = [facts.date, ...(facts.pullRequest ? [facts.pullRequest] : []), codeSpan(facts.shortCommit)].join(" · ");
  const out = [`### ${heading}`, "", `${escapeMarkdownText(version.author.name)}: ${escapeMarkdownText(version.subject)}`];
  if (facts.tagsLine) out.push("", facts.tagsLine);
  out.push("", ...changeBody(describeChange(version.change, language), changeWords(language)));
  return out;
}

function changeBlock(change: AgreementChange, level: string, language: Language): string[] {
  const words = changeWords(language);
  const outline = describeChange(change, language);
  return [`${level} ${outline.title.map((segment) => segmentMarkdown(segment, words, true)).join("")}`, "", ...changeBody(outline, words)];
}

function changeBody(outline: ChangeOutline, words: ChangeWords): string[] {
  const out = [outline.file.map((segment) => segmentMarkdown(segment, words)).join("")];
  for (const group of outline.groups) {
    out.push("", `**${group.title}**`, "");
    for (const item of group.lines) out.push(...itemLines(item, "", words));
  }
  return out;
}

function itemLines(item: OutlineLine, indent: string, words: ChangeWords): string[] {
  const lines = [`${indent}- ${item.segments.map((segment) => segmentMarkdown(segment, words)).join("")}`];
  const inner = `${indent}  `;
  for (const child of item.children ?? []) lines.push(...itemLines(child, inner, words));
  if (item.diff) {
    lines.push("", fencedBlock(item.diff.lines.map((line) => `${line.op} ${printable(line.text)}`), "diff", inner));
    if (item.diff.omitted > 0) lines.push("", `${inner}*${words.moreLines(item.diff.omitted)}*`);
    lines.push("");
  }
  return lines;
}

function segmentMarkdown(segment: Segment, words: ChangeWords, inHeading = false): string {
  if ("text" in segment) return segment.text;
  if ("name" in segment) {
    const name = segment.name.trim();
    if (name === "") return `*${words.empty}*`;
    return inHeading ? escapeMarkdownText(name) : `*${escapeMarkdownText(name)}*`;
  }
  return valueMarkdown(segment.value, words);
}

/** A value as inline code; one that is missing or blank in words, since an empty code span shows nothing. */
function valueMarkdown(value: Value | undefined, words: ChangeWords): string {
  if (value === undefined) return `*${words.none}*`;
  const text = String(value);
  return text.trim() === "" ? `*${words.empty}*` : codeSpan(text);
}

function refLabel(side: { ref: string; commit: string }): string {
  return side.commit.startsWith(side.ref) ? codeSpan(side.commit.slice(0, 7)) : `${codeSpan(side.ref)} (${codeSpan(side.commit.slice(0, 7))})`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One blank line between blocks (no line of a diff block is ever blank, so none is lost there). */
function tidy(lines: readonly string[]): string {
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
