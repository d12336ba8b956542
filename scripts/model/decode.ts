import { isUtf8 } from "node:buffer";
import { say } from "../messages/catalogue.js";
import { problem, type Problem } from "./problem.js";

/** Above this size a file is not read as an agreement: real ones are a few kilobytes (the largest shipped, 8 kB). At 128 kB, the worst hostile body still parses within issue 9's 2 s (bench/pathological.mjs). */
const MAX_PARSED_BYTES = 128 * 1024;

/**
 * Nor above this many lines: real agreements and catalogues have a few hundred. The Markdown parser's
 * work grows with the lines (every list item, heading or quote line is a block of its own), so a file of
 * tens of thousands of one-character lines would take seconds although it is within the size limit.
 */
const MAX_PARSED_LINES = 5000;

export interface DecodedText {
  /** The text without a byte order mark; empty when the bytes are not text at all. */
  text: string;
  problems: Problem[];
  /** True when the text is fit to be parsed as front matter and Markdown. */
  parseable: boolean;
}

const utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });

/** Decodes a file's bytes as UTF-8, reporting binary content, invalid bytes, oversized files and runaway nesting. */
export function decodeText(bytes: Uint8Array): DecodedText {
  // Windows editors offer "Unicode" (UTF-16) as an encoding; say so rather than call the file binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      text: "",
      parseable: false,
      problems: [problem(say("decode.utf16"), 0, 0)],
    };
  }
  // Like Git, a NUL byte near the start means binary content (an image, a Word or PDF file).
  const nul = bytes.subarray(0, 8000).indexOf(0);
  if (nul !== -1) {
    return {
      text: "",
      parseable: false,
      problems: [problem(say("decode.binary"), 0, 0)],
    };
  }
  const text = utf8.decode(bytes);
  // Node's native check first: nearly every file is valid, and then the byte-by-byte search can be skipped.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const start = utf8.decode(bytes.subarray(0, bad)).length;
    return {
      text,
      parseable: false,
      problems: [problem(say("decode.bad-byte", { byte: bytes[bad]!.toString(16).toUpperCase().padStart(2, "0") }), start, start + 1)],
    };
  }
  if (bytes.length > MAX_PARSED_BYTES) {
    return {
      text,
      parseable: false,
      problems: [problem(say("decode.too-large", { size: formatSize(bytes.length), limit: formatSize(MAX_PARSED_BYTES) }), 0, 0)],
    };
  }
  const lines = lineCount(text, MAX_PARSED_LINES);
  if (lines > MAX_PARSED_LINES) {
    return {
      text,
      parseable: false,
      problems: [problem(say("decode.too-many-lines", { limit: MAX_PARSED_LINES.toLocaleString("en") }), 0, 0)],
    };
  }
  const nested = excessiveNesting(text);
  if (nested !== -1) {
    return {
      text,
      parseable: false,
      problems: [problem(say("decode.nesting", { max: MAX_NESTING }), nested, nested + 1)],
    };
  }
  return { text, parseable: true, problems: [] };
}

/**
 * Deeper than this, a file is hostile or broken. The Markdown parser slows down sharply with nesting
 * (a 160 kB list nested 400 deep takes seconds) and deep trees overflow the stack of any recursive walk.
 */
const MAX_NESTING = 100;

/**
 * Offset where nesting first exceeds MAX_NESTING, or -1. Counts what makes Markdown (and YAML) nest:
 * at the start of a line, quote and list markers and indentation (two spaces a level, a tab two
 * levels); within a line, brackets that are opened and not yet closed ([![[…) and runs of the
 * emphasis marks * and _.
 */
export function excessiveNesting(text: string): number {
  return mayNestDeeply(text) ? nestingExceededAt(text) : -1;
}

/** excessiveNesting's loop, alone (exported for the test that holds the shortcut in front of it to it). */
export function nestingExceededAt(text: string): number {
  let lineStart = true;
  let levels = 0;
  let spaces = 0;
  let brackets = 0;
  let emphasisRun = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    // A run of * or _ opens one emphasis inside another for every two marks (**…*a*…**).
    emphasisRun = (char === 0x2a || char === 0x5f) && text.charCodeAt(index - 1) === char ? emphasisRun + 1 : 1;
    if (emphasisRun > 2 * MAX_NESTING) return index;
    if (char === 0x0a) {
      lineStart = true;
      levels = spaces = brackets = 0;
      continue;
    }
    if (lineStart) {
      if (char === 0x20) spaces++;
      else if (char === 0x09) spaces += 4;
      else if (char === 0x3e || ((char === 0x2d || char === 0x2a || char === 0x2b) && isBlank(text.charCodeAt(index + 1)))) levels++;
      else if (char !== 0x0d) lineStart = false;
      if (levels + (spaces >> 1) > MAX_NESTING) return index;
    }
    if (char === 0x5b) {
      if (++brackets > MAX_NESTING) return index;
    } else if (char === 0x5d && brackets > 0) {
      brackets--;
    }
  }
  return -1;
}

/**
 * False when the text cannot nest too deep, found faster than by the loop above (issue 13, round 8): each
 * character at a line start adds at most two levels (a tab), so a deep line starts with more than
 * MAX_NESTING / 2 of them; a deep emphasis needs a run of more than 2 * MAX_NESTING marks; deep brackets,
 * more than MAX_NESTING [ in the text. test/model/decode-checks.test.ts compares with nestingExceededAt.
 */
function mayNestDeeply(text: string): boolean {
  if (DEEP_LINE_START.test(text) || LONG_EMPHASIS_RUN.test(text)) return true;
  let brackets = 0;
  for (let index = text.indexOf("["); index !== -1; index = text.indexOf("[", index + 1)) if (++brackets > MAX_NESTING) return true;
  return false;
}

const DEEP_LINE_START = new RegExp(`(?:^|\\n)[ \\t\\r>*+-]{${Math.floor(MAX_NESTING / 2) + 1}}`);
const LONG_EMPHASIS_RUN = new RegExp(`\\*{${2 * MAX_NESTING + 1}}|_{${2 * MAX_NESTING + 1}}`);

/** Lines in the text, counted up to just past `cap`. */
function lineCount(text: string, cap: number): number {
  let count = 1;
  for (let index = text.indexOf("\n"); index !== -1 && count <= cap; index = text.indexOf("\n", index + 1)) count++;
  return count;
}

function isBlank(char: number): boolean {
  return char === 0x20 || char === 0x09;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`;
}

/** Index of the first byte that breaks UTF-8, or -1 (exported for the test that holds Node's isUtf8 to it). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      index++;
      continue;
    }
    const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 0;
    if (length === 0 || (length === 3 && byte > 0xef)) return index;
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
    }
    if (length === 3 && ((byte === 0xe0 && bytes[index + 1]! < 0xa0) || (byte === 0xed && bytes[index + 1]! > 0x9f))) return index;
    if (length === 4 && ((byte === 0xf0 && bytes[index + 1]! < 0x90) || (byte === 0xf4 && bytes[index + 1]! > 0x8f))) return index;
    index += length;
  }
  return -1;
}
