import { showBidi } from "./guard.js";

/**
 * The one place that makes text from a file, a pull request or a server safe inside Markdown that GitHub
 * renders (a pull request comment, an issue, release notes, the job summary, the report): nothing taken
 * from it may start a heading, a list, a link, an HTML tag, a code block, end a table cell, or notify
 * someone on GitHub. Each function is for one place in a document; they differ where the place differs:
 *
 * - running text ({@link escapeMarkdownText}): one line, shortened, CommonMark backslash escapes;
 * - inline code ({@link codeSpan}) and code blocks ({@link fencedBlock}): shown literally, fences no value can close;
 * - table cells GitHub renders ({@link escapeCell}, {@link cellText}): every markup character as a numeric
 *   character reference, the one escape that holds inside a cell whatever surrounds it;
 * - the report's cells and lines ({@link escapeMarkdownCell}): the same markup made inert, but with
 *   backslash escapes and `'` `"` kept, so the report also reads as plain text in a terminal;
 * - mentions, bare links and HTML comments ({@link neutraliseMentionsAndLinks}, {@link neutraliseHtmlComments}):
 *   a word joiner that leaves the text looking the same but keeps GitHub from acting on it.
 *
 * Every one also shows bidi controls escaped (see scripts/output/guard.ts), so no value reads turned around.
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

/** Characters that HTML or a Markdown table would read as markup, written as character references instead. */
const CELL_MARKUP = /[&<>"'|\\`*_[\]~]/g;

/**
 * Makes text from a file safe in a Markdown table cell: HTML-escaped, `|` unable to end the cell, Markdown
 * emphasis, links and code unable to start, and line breaks (which would end the table row) turned to spaces.
 */
export function escapeCell(text: string): string {
  return showBidi(text.replace(CELL_MARKUP, (character) => `&#${character.charCodeAt(0)};`).replace(/\r\n|[\r\n\u2028\u2029]/g, " "));
}

/**
 * Text from a file or from GitHub in a table cell of Markdown that GitHub renders (a pull request comment,
 * release notes, the report): HTML-escaped (see `escapeCell`, which also shows bidi controls escaped),
 * with an invisible word joiner after each "@" so that no "@name" in it notifies anyone (every edit of a
 * sticky comment would notify again), and one inside "http://", "https://" and "www." so that no bare
 * address becomes a link.
 */
export function cellText(text: string): string {
  return neutraliseMentionsAndLinks(escapeCell(text));
}

/** An invisible word joiner after each "@" and inside "http://", "https://" and "www.": no mention notifies, no bare address links. */
export function neutraliseMentionsAndLinks(text: string): string {
  return text
    .replace(/@/g, "@\u2060")
    .replace(/\b(https?|ftp)(:\/\/)/gi, "$1\u2060$2")
    .replace(/\b(www)\./gi, "$1\u2060.");
}

/** A GitHub login as inline code: readable and copyable, but GitHub turns no mention in code into a notification. */
export function loginCode(login: string): string {
  return /^[A-Za-z0-9-]+$/.test(login) ? `\`@${login}\`` : cellText(`@${login}`);
}

/**
 * HTML comments are how a sticky comment is found again, so none may open inside its sections: text taken
 * from an agreement (a line of a diff, in a code block) could otherwise carry our own marker. A word joiner
 * between "<!" and "--" leaves it looking the same and makes it no comment and no marker.
 */
export function neutraliseHtmlComments(markdown: string): string {
  return markdown.replace(/<!--/g, "<!\u2060--");
}

/** What could open HTML in the report, written as named entities, so no tag can appear in the text at all. */
const REPORT_HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
/** Other ASCII punctuation that Markdown (and GitHub's tables) could read as markup. `'` and `"` never are. */
const REPORT_MARKUP = /[\\`*_[\]~|!#]/g;

/**
 * Makes text from a file safe in the report's Markdown (a table cell or a line): `&`, `<` and `>` become
 * entities, so no HTML can open; the other markup characters get CommonMark's backslash escape, so none can
 * end a cell or open a link, code or emphasis; line breaks (which would end a table row) become spaces.
 * Apostrophes and quotes stay as they are, so the report printed in a terminal reads as plain text:
 * "Prime Minister's Office", not "Prime Minister&#39;s Office".
 */
export function escapeMarkdownCell(text: string): string {
  return showBidi(text)
    .replace(REPORT_MARKUP, (character) => `\\${character}`)
    .replace(/[&<>]/g, (character) => REPORT_HTML[character]!)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, " ");
}
