import type { Nodes, RootContent } from "mdast";
import type { ParsedFile } from "../model/document.js";
import { isText } from "../model/body-outline.js";
import { scanHeadings, type ScannedHeading } from "../model/markdown-scan.js";
import { lineDiff } from "./line-diff.js";
import type { SectionChange } from "./types.js";

/** One section of an agreement's text: a top-level (# or ##) heading and the text under it. */
export interface BodySection {
  /** The heading as plain text; "" for the text before the first heading. */
  heading: string;
  /** Unique among the file's sections: the heading, with " (2)" etc. for a repeated one. */
  key: string;
  lines: string[];
}

/** Deeper headings (###) stay inside their section: the model's sections are the ## headings. */
const SECTION_DEPTH = 2;

/**
 * Splits the Markdown body into sections by heading. The headings come from the cheap scan when it can
 * read the body (the common case; it then finds exactly what the parser finds), otherwise from the parsed
 * tree, which a file parsed with `lazyBody` builds only now.
 */
export function bodySections(file: ParsedFile): BodySection[] {
  const headings = sectionHeadings(file);
  if (!headings) return [];
  const sections: BodySection[] = [];
  const seen = new Map<string, number>();
  const push = (heading: string, text: string) => {
    const count = (seen.get(heading) ?? 0) + 1;
    seen.set(heading, count);
    sections.push({ heading, key: count === 1 ? heading : `${heading} (${count})`, lines: toLines(text) });
  };
  const firstStart = headings[0]?.start ?? file.body.length;
  if (file.body.slice(0, firstStart).trim() !== "") push("", file.body.slice(0, firstStart));
  headings.forEach((heading, index) => {
    const to = headings[index + 1]?.start ?? file.body.length;
    push(heading.text.trim(), file.body.slice(heading.end, to));
  });
  return sections;
}

/** The body's top-level headings down to SECTION_DEPTH; undefined for a file that is not text. */
function sectionHeadings(file: ParsedFile): ScannedHeading[] | undefined {
  if (!isText(file)) return undefined;
  const scanned = scanHeadings(file.body);
  if (scanned) return scanned.filter((heading) => heading.depth <= SECTION_DEPTH);
  if (!file.bodyTree) return undefined;
  return file.bodyTree.children
    .filter((node): node is Extract<RootContent, { type: "heading" }> => node.type === "heading" && node.depth <= SECTION_DEPTH)
    .map((node) => ({ depth: node.depth, line: node.position?.start.line ?? 0, text: plainText(node), start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 }));
}

/**
 * Sections matched by heading: added, removed, edited (with a short line diff), and renamed when a
 * heading changed but the text under it did not.
 */
export function compareSections(before: readonly BodySection[], after: readonly BodySection[]): SectionChange[] {
  const beforeByKey = new Map(before.map((section) => [section.key, section]));
  const afterKeys = new Set(after.map((section) => section.key));
  const removed = before.filter((section) => !afterKeys.has(section.key));
  const changes: SectionChange[] = [];
  for (const section of after) {
    const old = beforeByKey.get(section.key);
    if (old) {
      if (!sameLines(old.lines, section.lines)) changes.push({ kind: "edited", heading: section.heading, diff: lineDiff(old.lines, section.lines) });
      continue;
    }
    const renamedFrom = removed.findIndex((candidate) => candidate.lines.length > 0 && sameLines(candidate.lines, section.lines));
    if (renamedFrom !== -1) {
      changes.push({ kind: "renamed", before: removed[renamedFrom]!.heading, after: section.heading });
      removed.splice(renamedFrom, 1);
      continue;
    }
    changes.push({ kind: "added", heading: section.heading, lines: section.lines.length });
  }
  for (const section of removed) changes.push({ kind: "removed", heading: section.heading, lines: section.lines.length });
  return changes;
}

/** The text's lines without carriage returns, trailing spaces, or blank lines at either end. */
function toLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((line) => line.trimEnd());
  while (lines.length > 0 && lines[0] === "") lines.shift();
  while (lines.length > 0 && lines.at(-1) === "") lines.pop();
  return lines;
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, index) => line === b[index]);
}

function plainText(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(plainText).join("");
  return "";
}
