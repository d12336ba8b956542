import type { Heading, Nodes, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { setextUnderline } from "micromark-core-commonmark";
import { MAX_BLOCK, MAX_LINES } from "./markdown-bounds.js";
import { SourceText } from "./source.js";
import type { Construct, Extension, Resolver } from "micromark-util-types";

/**
 * The Markdown body is hostile input, and micromark (remark's parser) is quadratic on some of it:
 * emphasis marks (`*_ ` repeated: 15 kB took 1.5 s, 255 kB never finished), setext underlines, runs of
 * `[a][a]…` or `[a](` and long lazy quotes all grow with the square of the text. The rules only read
 * headings, links, images, link definitions and text, so the body is parsed in two bounded steps:
 *
 * 1. without the constructs no rule reads (emphasis), and with a setext underline that rewrites only
 *    its own paragraph's events instead of the whole document's;
 * 2. headings alone are read again with emphasis, so that `## *Resultatmål*` still names the section; a
 *    heading is short, and the characters read again are capped per file;
 * 3. in blocks: the body is cut where a new top-level block must start anyway (after a blank line, at a
 *    line that is not indented, outside fenced code and HTML comments), so each block parses alone into
 *    exactly the nodes the whole would give. A block still longer than MAX_BLOCK (never in a real
 *    agreement: it would be a page of text without a blank line) is cut at line starts, so the work per
 *    block, and hence per file, stays bounded whatever the text.
 *
 * The one thing a block parsed alone cannot see is a link definition in another block: a heading that
 * reads `## [name]`, with `[name]: address` elsewhere in the file, keeps its brackets. No rule reads
 * reference links, and no section name is written in brackets.
 */

/** Constructs that no rule reads and whose parsing is quadratic on crafted text. */
export const DISABLED_CONSTRUCTS = ["attention", "setextUnderline"] as const;

/** Headings with emphasis marks are read again with emphasis, up to this many characters per file in all. */
export const MAX_HEADING_TEXT = 4096;

export { MAX_BLOCK, MAX_LINES };

/**
 * micromark's own setext resolver edits the document's whole event list for every underline, which makes
 * a file of many short setext headings quadratic. Handing it only the events from its paragraph on gives
 * the same result, in time proportional to that paragraph.
 */
const resolveSetextLocally: Resolver = (events, context) => {
  let start = events.length;
  while (start-- > 0) {
    const [kind, token] = events[start]!;
    if (kind === "enter" && token.type === "content") break;
  }
  const tail = setextUnderline.resolveTo!(events.slice(start), context);
  events.length = start;
  for (const event of tail) events.push(event);
  return events;
};

const boundedSetextUnderline: Construct = {
  name: "setextUnderlineLocal",
  tokenize: setextUnderline.tokenize,
  resolveTo: resolveSetextLocally,
};

/** `-` may underline a setext heading or be a thematic break; extensions are tried before the built-in ones. */
export const BOUNDED_MARKDOWN: Extension = {
  disable: { null: [...DISABLED_CONSTRUCTS] },
  flow: { 45: [boundedSetextUnderline], 61: [boundedSetextUnderline] },
};

/** Parses an agreement's Markdown body with bounded work; positions are those of the body as one text. */
export function parseMarkdownBody(body: string): Root {
  const children: RootContent[] = [];
  const lines = new LineCounter(body);
  for (const block of splitBlocks(body)) {
    const tree = fromMarkdown(body.slice(block.start, block.end), { extensions: [BOUNDED_MARKDOWN] });
    const shift = lines.shiftTo(block.start);
    for (const child of tree.children) {
      shiftPositions(child, shift);
      children.push(child);
    }
  }
  const tree: Root = {
    type: "root",
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: lines.shiftTo(body.length, true) },
  };
  restoreHeadingEmphasis(tree, body);
  return tree;
}

/**
 * Reads headings that hold * or _ again with micromark's emphasis, so their text is what remark gives
 * ("Ledning och *ledarskap*" is "Ledning och ledarskap"). The budget keeps the quadratic emphasis
 * parse to a few kilobytes per file; past it, a heading keeps its marks (only a hostile file gets there).
 */
function restoreHeadingEmphasis(tree: Root, body: string): void {
  let budget = MAX_HEADING_TEXT;
  let lines: SourceText | undefined;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "heading") {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? 0;
      const source = body.slice(start, end);
      if (!/[*_]/.test(source) || source.length > budget) continue;
      budget -= source.length;
      // A setext heading's range also covers link definitions written just above its text.
      const again = fromMarkdown(source).children.filter((child) => child.type !== "definition");
      const heading = again.length === 1 && again[0]!.type === "heading" ? (again[0] as Heading) : undefined;
      if (!heading || heading.depth !== node.depth) continue;
      lines ??= new SourceText(body);
      const at = lines.positionAt(start);
      const shift = { offset: start, line: at.line - 1, column: at.column - 1 };
      for (const child of heading.children) shiftPositions(child, shift);
      node.children = heading.children;
      continue;
    }
    if ("children" in node) for (const child of node.children) stack.push(child);
  }
}

export interface Block {
  start: number;
  end: number;
}

/**
 * Cuts the body into blocks that parse independently (see the module comment). Pure and linear: each
 * line is looked at once.
 */
export function splitBlocks(text: string, maxBlock = MAX_BLOCK, maxLines = MAX_LINES): Block[] {
  // Offsets where a block may start, with the number of the line there (0-based).
  const cuts: Array<{ offset: number; line: number }> = [{ offset: 0, line: 0 }];
  // Fenced code and HTML comments (and the like): their lines are not Markdown, so never cut inside.
  const opaque: Block[] = [];
  let open: { start: number; end: (line: string) => boolean } | undefined;
  let previousBlank = false;
  let lineNumber = 0;
  for (let lineStart = 0; lineStart < text.length; lineNumber++) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    const line = text.slice(lineStart, lineEnd).replace(/\r?\n$/, "");
    if (open) {
      if (open.end(line)) {
        opaque.push({ start: open.start, end: lineEnd });
        open = undefined;
        cuts.push({ offset: lineEnd, line: lineNumber + 1 });
      }
    } else {
      const startsBlock = line !== "" && !/^[ \t]/.test(line);
      if (previousBlank && startsBlock) cuts.push({ offset: lineStart, line: lineNumber });
      open = opening(line, lineStart);
    }
    previousBlank = line.trim() === "";
    lineStart = lineEnd;
  }
  cuts.push({ offset: text.length, line: lineNumber });
  if (open) opaque.push({ start: open.start, end: text.length });
  // Neighbouring blocks are joined up to the bounds: fewer parser runs, and a join never changes the result.
  const blocks: Block[] = [];
  let from = cuts[0]!;
  let last = from;
  const tooBig = (to: { offset: number; line: number }) => to.offset - from.offset > maxBlock || to.line - from.line > maxLines;
  for (const cut of cuts) {
    if (tooBig(cut) && last.offset > from.offset) {
      blocks.push({ start: from.offset, end: last.offset });
      from = last;
    }
    if (tooBig(cut)) {
      const parts = boundBlock(text, from.offset, cut.offset, maxBlock, maxLines, opaque);
      blocks.push(...parts.slice(0, -1));
      const rest = parts.at(-1)!.start;
      from = { offset: rest, line: cut.line - countLines(text, rest, cut.offset) };
    }
    last = cut;
  }
  if (text.length > from.offset) blocks.push({ start: from.offset, end: text.length });
  return blocks;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** HTML blocks of CommonMark's kinds 1 to 5 run until their end marker, across blank lines. */
const HTML_BLOCKS: ReadonlyArray<{ start: RegExp; end: RegExp }> = [
  { start: /^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i },
  { start: /^ {0,3}<!--/, end: /-->/ },
  { start: /^ {0,3}<\?/, end: /\?>/ },
  { start: /^ {0,3}<![A-Za-z]/, end: />/ },
  { start: /^ {0,3}<!\[CDATA\[/, end: /\]\]>/ },
];

/** A fenced code block or a long HTML block that opens on this line and does not close on it. */
function opening(line: string, start: number): { start: number; end: (line: string) => boolean } | undefined {
  const fence = FENCE.exec(line);
  if (fence && !(fence[1]![0] === "`" && fence[2]!.includes("`"))) {
    const char = fence[1]![0]!;
    const length = fence[1]!.length;
    return {
      start,
      end: (next) => {
        const close = FENCE.exec(next);
        return close !== null && close[1]![0] === char && close[1]!.length >= length && close[2]!.trim() === "";
      },
    };
  }
  const html = HTML_BLOCKS.find((kind) => kind.start.test(line));
  if (!html || html.end.test(line.replace(html.start, ""))) return undefined;
  return { start, end: (next) => html.end.test(next) };
}

/** Line ends between the offsets, counted up to `cap` at most (so a bound check stays cheap). */
function countLines(text: string, from: number, to: number, cap = Infinity): number {
  let count = 0;
  for (let index = text.indexOf("\n", from); index !== -1 && index < to && count <= cap; index = text.indexOf("\n", index + 1)) count++;
  return count;
}

/**
 * A block longer than the bounds, cut at line starts (a line that is not indented first), or at a space
 * in a line that long; never inside fenced code or an HTML comment, whose lines would be read as text
 * (those parse in linear time, so they may stay long).
 */
function boundBlock(text: string, start: number, end: number, maxBlock: number, maxLines: number, opaque: readonly Block[]): Block[] {
  const parts: Block[] = [];
  let from = start;
  while (end - from > maxBlock || countLines(text, from, end, maxLines) > maxLines) {
    let limit = from + maxBlock;
    for (let index = text.indexOf("\n", from), seen = 0; index !== -1 && index < limit; index = text.indexOf("\n", index + 1)) {
      if (++seen === maxLines) limit = index + 1;
    }
    const window = text.slice(from + 1, limit + 1);
    const unindented = lastMatch(window, /\n(?=[^ \t\r\n])/g);
    const anyLine = window.lastIndexOf("\n");
    // In a line that long, a space before a letter: the part after it cannot start a heading, list or quote.
    const space = lastMatch(window, / (?=\p{L})/gu);
    let cut =
      unindented > (limit - from) / 2 ? from + 2 + unindented
      : anyLine !== -1 ? from + 2 + anyLine
      : space !== -1 ? from + 2 + space
      : limit;
    const code = opaque.find((range) => range.start < cut && cut < range.end);
    if (code) cut = code.start > from ? code.start : Math.min(code.end, end);
    // Never between the two halves of a character written as a surrogate pair.
    if (isLowSurrogate(text.charCodeAt(cut)) && cut - 1 > from) cut--;
    if (cut >= end) break;
    parts.push({ start: from, end: cut });
    from = cut;
  }
  parts.push({ start: from, end });
  return parts;
}

function lastMatch(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

interface Shift {
  offset: number;
  line: number;
  column: number;
}

/** Line starts counted once, forward only: blocks come in order, so the whole body is scanned once. */
class LineCounter {
  private line = 1;
  private lineStart = 0;
  constructor(private readonly text: string) {}

  /** The shift for a block starting at `offset`; with `asPoint`, the point itself. */
  shiftTo(offset: number): Shift;
  shiftTo(offset: number, asPoint: true): Point;
  shiftTo(offset: number, asPoint = false): Shift | Point {
    for (let index = this.text.indexOf("\n", this.lineStart); index !== -1 && index < offset; index = this.text.indexOf("\n", index + 1)) {
      this.line++;
      this.lineStart = index + 1;
    }
    const column = offset - this.lineStart;
    return asPoint ? { line: this.line, column: column + 1, offset } : { offset, line: this.line - 1, column };
  }
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** Iterative, so that a deeply nested block cannot overflow the stack. */
function shiftPositions(root: Nodes, shift: Shift): void {
  if (shift.offset === 0) return;
  const stack: Array<{ position?: { start: Point; end: Point }; children?: unknown[] }> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      movePoint(node.position.start, shift);
      movePoint(node.position.end, shift);
    }
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child as (typeof stack)[number]);
  }
}

function movePoint(point: Point, shift: Shift): void {
  if (point.line === 1) point.column += shift.column;
  point.line += shift.line;
  if (point.offset !== undefined) point.offset += shift.offset;
}
