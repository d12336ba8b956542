import type { Heading } from "mdast";

/**
 * A cheap, byte-exact reading of an agreement body's top-level headings, for the common case: a body of
 * paragraphs and `#` headings. Whatever the scan does not read for certain (lists, quotes, fenced code,
 * HTML, link definitions, setext underlines, thematic breaks, indented headings, inline markup in a
 * heading, carriage returns) makes it answer `undefined`, and the caller parses the body with micromark
 * (markdown.ts) instead: so a heading found here is exactly what the full parse finds, and
 * test/model/markdown-scan.test.ts compares the two over every fixture and generated bodies.
 *
 * Why this is enough: without containers (lists, quotes) or blocks that run over several lines (fences,
 * HTML, definitions), every line is either part of a paragraph or a block of its own, an ATX heading
 * interrupts a paragraph, and a line indented by four columns or more never starts a block. One pass,
 * each character looked at a bounded number of times: linear in the body, whatever the text.
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

/** Characters that may start a block the scan does not read, after up to three spaces. */
const UNREAD_BLOCK = /^ {0,3}(?:[>\-+*_=<`~]|\d{1,9}[.)])/;
/** A link definition, which may run over several lines; it cannot interrupt a paragraph. */
const DEFINITION = /^ {0,3}\[/;
/** An ATX heading the scan reads: no indentation, one space, text without closing #s or edge spaces. */
const PLAIN_HEADING = /^(#{1,6}) (?![ \t])(.*[^ \t#])$/;
/** Anything that could start inline markup, or make the text differ from the characters written. */
const INLINE_MARKUP = /[\\&`<>[\]!*_\t]/;

/** Top-level headings of the body, or `undefined` when the body needs the full parse (see above). */
export function scanHeadings(body: string): ScannedHeading[] | undefined {
  // micromark turns NUL into U+FFFD and reads a CR as a line end: both are left to it.
  if (body.includes("\r") || body.includes("\0")) return undefined;
  const headings: ScannedHeading[] = [];
  // Whether the line before continues a paragraph: then a line indented four columns is text, and "[" too.
  let paragraph = false;
  let lineNumber = 0;
  for (let lineStart = 0; lineStart < body.length; ) {
    lineNumber++;
    const newline = body.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    const line = body.slice(lineStart, lineEnd);
    if (line.startsWith("#")) {
      const heading = PLAIN_HEADING.exec(line);
      if (!heading || INLINE_MARKUP.test(heading[2]!)) return undefined;
      headings.push({ depth: heading[1]!.length, line: lineNumber, text: heading[2]!, start: lineStart, end: lineEnd });
      paragraph = false;
    } else if (line.trim() === "") {
      paragraph = false;
    } else if (indentation(line) < 4) {
      if (UNREAD_BLOCK.test(line) || /^ {1,3}#/.test(line) || /^ {0,3}\t/.test(line) || (!paragraph && DEFINITION.test(line))) return undefined;
      paragraph = true;
    }
    // A line indented four columns or more continues a paragraph, or else is indented code: no heading either way.
    lineStart = lineEnd + 1;
  }
  return headings;
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
