import type { Heading, Link } from "mdast";
import { MAX_BLOCK, MAX_LINES } from "./markdown-bounds.js";

/**
 * A cheap, byte-exact reading of what the rules need of an agreement body (its headings and link targets),
 * for the common case: paragraphs, `#` headings, simple bulleted or numbered lists, and inline links
 * `[text](target)`. Whatever the scan does not read for certain (quotes, nested or indented lists, fenced
 * code, HTML, link definitions, setext underlines, thematic breaks, indented headings, inline markup in a
 * heading, carriage returns) makes it answer `undefined`, and the caller parses the body with micromark
 * (markdown.ts) instead: so what is found here is exactly what the full parse finds, and
 * test/model/markdown-scan.test.ts compares the two over every fixture and generated bodies.
 *
 * Why this is enough: without quotes, nested blocks or blocks that run over several lines (fences, HTML,
 * definitions), every line is either paragraph text (at the top level or in a list item) or a block of its
 * own; an ATX heading interrupts a paragraph and closes a list; a line indented by four columns or more
 * outside a list never starts a block. A link definition starts a block with `[`, and its label is followed
 * at once by a colon: a body where no `[` starts a block, or without `]:`, has none, so no reference link
 * either (every kind needs its definition); where every `[` and `]` of the text belongs
 * to a `[text](target)` on one line, with no code span, HTML, autolink or escape anywhere, those are the
 * links. One pass, each character looked at a bounded number of times: linear in the body, whatever the text.
 */

export interface ScannedHeading {
  depth: number;
  /** 1-based line in the body. */
  line: number;
  /** The heading's text, as the mdast heading's text content. */
  text: string;
  /** Offsets in the body, as the mdast node's position.start.offset and position.end.offset. */
  start: number;
  end: number;
}

export interface ScannedLink {
  /** The target as written, which is the mdast link's url (no escapes or character references are read). */
  url: string;
  /** 1-based line in the body; a scanned link never spans lines. */
  line: number;
  /** Offsets in the body of the `[` and after the `)`. */
  start: number;
  end: number;
  /** Offset of the line's start, for the columns. */
  lineStart: number;
}

export interface ScannedBody {
  headings: ScannedHeading[];
  /** Every link, in order; undefined when the headings are certain but the links are not (the text has brackets the scan does not read). */
  links: ScannedLink[] | undefined;
}

/**
 * The start of a block the scan does not read, after up to three spaces: a quote, fenced code, HTML, a
 * heading, a list item, a thematic break or a setext underline (CommonMark's other blocks are paragraphs,
 * indented code, definitions and blank lines).
 */
const UNREAD_BLOCK = /^ {0,3}(?:[>`~<#]|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|(?:=+|-+)[ \t]*)$)/;
/** A thematic break, which a line that looks like a list item may also be (`- - -`, `* * *`). */
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** A list item the scan reads: marker at the line's start, one space, then text. */
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)]) (?=[^ \t])/;
/** An ATX heading the scan reads: no indentation, one space, text without closing #s or edge spaces. */
const PLAIN_HEADING = /^(#{1,6}) (?![ \t])(.*[^ \t#])$/;
/** Anything that could start inline markup, or make the text differ from the characters written. */
const INLINE_MARKUP = /[\\&`<>[\]!*_\t]/;
/** Inline markup that could hide brackets or make them mean something else (code spans, HTML, autolinks, escapes). */
const BRACKETS_UNREAD = /[`<\\]/;
/** An inline link on one line: text without brackets, a target without spaces, brackets, parentheses, escapes, references or quotes. */
const INLINE_LINK = /\[[^[\]]*\]\(([^\s()<>[\]\\&"'\x00-\x1f\x7f]+)\)/g;
const BRACKET = /[[\]]/;

/** Top-level headings of the body, or `undefined` when the body needs the full parse (see above). */
export function scanHeadings(body: string): ScannedHeading[] | undefined {
  return scanBody(body)?.headings;
}

/** Headings and links of the body, or `undefined` when the body needs the full parse (see above). */
export function scanBody(body: string): ScannedBody | undefined {
  // micromark turns NUL into U+FFFD and reads a CR as a line end: both are left to it.
  if (body.includes("\r") || body.includes("\0")) return undefined;
  // A link definition needs a "[" where a block starts and "]:" after it (its title could even hide a heading).
  const definitions = body.includes("]:");
  const headings: ScannedHeading[] = [];
  let links: ScannedLink[] | undefined = BRACKET.test(body) && BRACKETS_UNREAD.test(body) ? undefined : [];
  // Whether the line before continues a paragraph: then a line indented four columns is text.
  let paragraph = false;
  // Whether a list item is open: an indented line may then belong to it (and be a nested block).
  let list = false;
  // markdown.ts cuts the body into blocks at unindented lines after a blank one and cuts blocks longer than
  // its bounds anywhere; the scan reads only bodies whose blocks stay within the bounds, so never cut.
  let blockStart = 0;
  let blockLine = 0;
  let blank = false;
  let lineNumber = 0;
  for (let lineStart = 0; lineStart < body.length; ) {
    lineNumber++;
    const newline = body.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    const line = body.slice(lineStart, lineEnd);
    if (blank && line !== "" && line[0] !== " " && line[0] !== "\t") {
      if (tooLong(lineStart - blockStart, lineNumber - 1 - blockLine)) return undefined;
      blockStart = lineStart;
      blockLine = lineNumber - 1;
    }
    let text = true;
    if (line.startsWith("#")) {
      const heading = PLAIN_HEADING.exec(line);
      if (!heading || INLINE_MARKUP.test(heading[2]!)) return undefined;
      headings.push({ depth: heading[1]!.length, line: lineNumber, text: heading[2]!, start: lineStart, end: lineEnd });
      paragraph = false;
      list = false;
      text = false;
    } else if (line.trim() === "") {
      // trim() also drops spaces that CommonMark does not count as blank (U+00A0, U+2028…): left to the parser.
      if (!/^[ \t]*$/.test(line)) return undefined;
      paragraph = false;
      text = false;
    } else if (list && (line[0] === " " || line[0] === "\t")) {
      // Indented under a list item: only more text of the item's paragraph is read, never a nested block.
      const rest = line.replace(/^ +/, "");
      if (!paragraph || rest.startsWith("\t") || UNREAD_BLOCK.test(rest)) return undefined;
    } else if (indentation(line) < 4) {
      const item = LIST_ITEM.exec(line);
      if (item) {
        const content = line.slice(item[0].length);
        if (UNREAD_BLOCK.test(content) || THEMATIC_BREAK.test(line) || (definitions && content.startsWith("["))) return undefined;
        list = true;
      } else {
        if (UNREAD_BLOCK.test(line) || /^ {0,3}\t/.test(line) || (definitions && !paragraph && /^ {0,3}\[/.test(line))) return undefined;
        // An unindented line after a blank one closes the list; without the blank it is the item's lazy continuation.
        if (!paragraph) list = false;
      }
      paragraph = true;
    } else if (!paragraph) {
      // Indented code: no heading and no link.
      text = false;
    }
    if (text && links && !scanLinks(line, lineStart, lineNumber, links)) links = undefined;
    blank = line.trim() === "";
    lineStart = lineEnd + 1;
  }
  if (tooLong(body.length - blockStart, lineNumber - blockLine)) return undefined;
  return { headings, links };
}

/** Whether markdown.ts would cut a block this long (with a line to spare). */
function tooLong(characters: number, lines: number): boolean {
  return characters >= MAX_BLOCK || lines >= MAX_LINES;
}

/** Adds the line's inline links; false when it has a bracket that is not part of one. */
function scanLinks(line: string, lineStart: number, lineNumber: number, links: ScannedLink[]): boolean {
  if (!BRACKET.test(line)) return true;
  let last = 0;
  for (const match of line.matchAll(INLINE_LINK)) {
    // A "!" before makes an image; a bracket between links is one the scan does not read.
    if (BRACKET.test(line.slice(last, match.index)) || line[match.index - 1] === "!") return false;
    links.push({ url: match[1]!, line: lineNumber, start: lineStart + match.index, end: lineStart + match.index + match[0].length, lineStart });
    last = match.index + match[0].length;
  }
  return !BRACKET.test(line.slice(last));
}

/** Columns of leading spaces and tabs (a tab goes to the next multiple of four), counted up to four. */
function indentation(line: string): number {
  let columns = 0;
  for (let index = 0; index < line.length && columns < 4; index++) {
    const char = line[index];
    if (char === " ") columns++;
    else if (char === "\t") columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** A scanned heading as the mdast node the parser gives for it (positions relative to the body). */
export function headingNode(heading: ScannedHeading): Heading {
  const point = (offset: number) => ({ line: heading.line, column: offset - heading.start + 1, offset });
  const textStart = heading.start + heading.depth + 1;
  return {
    type: "heading",
    depth: heading.depth as Heading["depth"],
    children: [{ type: "text", value: heading.text, position: { start: point(textStart), end: point(heading.end) } }],
    position: { start: point(heading.start), end: point(heading.end) },
  };
}

/**
 * A scanned link as an mdast link node with the parser's url, title and position (relative to the body).
 * Its children are left out: no rule reads a link's text.
 */
export function linkNode(link: ScannedLink): Link {
  const point = (offset: number) => ({ line: link.line, column: offset - link.lineStart + 1, offset });
  return { type: "link", url: link.url, title: null, children: [], position: { start: point(link.start), end: point(link.end) } };
}
