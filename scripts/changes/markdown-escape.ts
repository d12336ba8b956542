import { showBidi } from "../output/guard.js";

/**
 * Making text from an agreement safe inside a pull request comment: nothing taken from a file may
 * start a heading, a list, a link, an HTML tag, a code block, or notify someone on GitHub.
 */

/** Longest value shown in full; longer ones (an evaluation's summary) end in "…". */
export const MAX_VALUE_LENGTH = 200;

/** Cuts text to `limit` characters (whole code points), ending in "…". */
export function shorten(text: string, limit = MAX_VALUE_LENGTH): string {
  const chars = Array.from(text);
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join("")}…`;
}

/** One line: line breaks become spaces, so a value can never begin a new Markdown block. */
function oneLine(text: string): string {
  return printable(text.replace(/\r\n?|\n|\u2028|\u2029/g, " "));
}

/**
 * Plain text in running Markdown: CommonMark's backslash escapes for the punctuation that can start
 * emphasis, code, links, HTML, headings or tables; `&` as an entity so "&copy;" stays literal; and an
 * invisible word joiner after "@" so GitHub does not turn "@name" into a mention.
 */
export function escapeMarkdownText(text: string): string {
  return oneLine(shorten(text))
    .replace(/[\\`*_{}[\]<>()#+\-.!|~]/g, (char) => `\\${char}`)
    .replace(/&/g, "&amp;")
    .replace(/@/g, "@\u2060");
}

/**
 * A value as inline code: GitHub shows it literally (no emphasis, links, HTML or mentions inside).
 * The fence is one backtick longer than the longest run of backticks in the value, with a space of
 * padding where the value starts or ends with a backtick, as CommonMark's code span rules require.
 */
export function codeSpan(text: string): string {
  const value = oneLine(shorten(text));
  if (value.trim() === "") return "*(empty)*";
  const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = value.startsWith("`") || value.endsWith("`") || (value.startsWith(" ") && value.endsWith(" ")) ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** A fenced code block whose fence no line of the content can close. */
export function fencedBlock(lines: readonly string[], info: string, indent: string): string {
  const longestRun = Math.max(0, ...lines.flatMap((text) => text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return [`${indent}${fence}${info}`, ...lines.map((text) => `${indent}${text}`), `${indent}${fence}`].join("\n");
}

/** Control characters (a terminal escape, a NUL) and bidi controls (a right-to-left override) shown as \u001b etc. instead of being acted on. */
export function printable(text: string): string {
  return showBidi(text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`));
}
